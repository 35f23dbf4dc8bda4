package org.songngu.harvest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.songngu.corpus.Language;

/**
 * What reviewers decided about pairs, replayed by every later harvest: a rejected pair is never
 * proposed again, a confirmed (or re-paired) one is kept whatever the evidence says.
 */
public final class Decisions {

    private final Set<String> rejected = new HashSet<>();
    private final Map<String, String> confirmed = new HashMap<>();
    private final Map<String, String> confirmedBy = new HashMap<>();

    public static Decisions none() {
        return new Decisions();
    }

    /** Records a decision; a later one about the same French page and language wins over an earlier. */
    public void confirm(String french, Language language, String other, String reviewer) {
        String key = french + "\t" + language.code();
        rejected.remove(key + "\t" + other);
        String previous = confirmed.put(key, other);
        if (previous != null && !previous.equals(other)) {
            rejected.add(key + "\t" + previous);
        }
        confirmedBy.put(key, reviewer);
    }

    public void reject(String french, Language language, String other) {
        String key = french + "\t" + language.code();
        rejected.add(key + "\t" + other);
        if (other.equals(confirmed.get(key))) {
            confirmed.remove(key);
        }
    }

    public boolean isRejected(String french, Language language, String other) {
        return rejected.contains(french + "\t" + language.code() + "\t" + other);
    }

    /** The page a reviewer paired with {@code french} in {@code language}, or null. */
    public String confirmed(String french, Language language) {
        return confirmed.get(french + "\t" + language.code());
    }

    public String reviewer(String french, Language language) {
        return confirmedBy.get(french + "\t" + language.code());
    }

    public boolean isEmpty() {
        return rejected.isEmpty() && confirmed.isEmpty();
    }
}
