package org.songngu.batch;

/** An article the align step reads: its id, and whether it is aligned already (to be realigned). */
record PendingArticle(String id, boolean aligned) {}
