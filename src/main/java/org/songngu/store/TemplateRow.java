package org.songngu.store;

/** A metadata template as stored: learned by the latest run, per language and site. */
public record TemplateRow(String language, String site, String shape, String kind, int articles, String example) {}
