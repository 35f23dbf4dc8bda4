package org.songngu.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.songngu.review.ActionKind;

/**
 * What the reviewers saw happen, warm-up included: each action the API accepted (with the audit id
 * it answered), the markers of edits it refused, the beads it said were gone, and the errors.
 * Thread-safe: every method is synchronized (a few calls per HTTP request).
 */
final class Ledger {

    /** How the API answered an action. */
    enum Answer {
        OK,
        CONFLICT,
        NOT_POSSIBLE,
        GONE,
        ERROR
    }

    /** An action answered 200: who, what, the audit entry it reported, the bead, the edit's marker (or null). */
    record Success(String user, ActionKind kind, long actionId, long beadId, String marker) {}

    private static final int ERROR_SAMPLES = 20;

    private final List<Success> successes = new ArrayList<>();
    private final Set<String> refusedMarkers = ConcurrentHashMap.newKeySet();
    private final Set<String> uncertainMarkers = ConcurrentHashMap.newKeySet();
    private final Set<Long> goneBeads = ConcurrentHashMap.newKeySet();
    private final Map<Answer, Integer> answers = new EnumMap<>(Answer.class);
    private final Map<ActionKind, Integer> accepted = new EnumMap<>(ActionKind.class);
    private final List<String> errorSamples = new ArrayList<>();
    private int errors;

    synchronized void success(Success success) {
        successes.add(success);
        answers.merge(Answer.OK, 1, Integer::sum);
        accepted.merge(success.kind(), 1, Integer::sum);
    }

    /** A 409, a 422 or a 404 on a bead merged away: nothing was written, so its marker must be nowhere. */
    synchronized void refused(Answer answer, long beadId, String marker) {
        if (answer == Answer.OK || answer == Answer.ERROR) {
            throw new IllegalArgumentException("not a refusal: " + answer);
        }
        answers.merge(answer, 1, Integer::sum);
        if (answer == Answer.GONE) {
            goneBeads.add(beadId);
        }
        if (marker != null) {
            refusedMarkers.add(marker);
        }
    }

    /** Anything else; after a timeout the server may still have done it, so its marker proves nothing. */
    synchronized void error(String description, String marker) {
        errors++;
        answers.merge(Answer.ERROR, 1, Integer::sum);
        if (errorSamples.size() < ERROR_SAMPLES) {
            errorSamples.add(description);
        }
        if (marker != null) {
            uncertainMarkers.add(marker);
        }
    }

    synchronized List<Success> successes() {
        return List.copyOf(successes);
    }

    synchronized Set<String> refusedMarkers() {
        return Set.copyOf(refusedMarkers);
    }

    synchronized Set<String> uncertainMarkers() {
        return Set.copyOf(uncertainMarkers);
    }

    synchronized Set<Long> goneBeads() {
        return Set.copyOf(goneBeads);
    }

    synchronized int count(Answer answer) {
        return answers.getOrDefault(answer, 0);
    }

    synchronized Map<ActionKind, Integer> accepted() {
        return Map.copyOf(accepted);
    }

    synchronized int errors() {
        return errors;
    }

    synchronized List<String> errorSamples() {
        return List.copyOf(errorSamples);
    }
}
