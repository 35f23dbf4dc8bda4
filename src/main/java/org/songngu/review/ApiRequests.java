package org.songngu.review;

import java.util.Locale;
import org.songngu.api.InvalidRequestException;
import org.songngu.corpus.LanguagePair;

/** The JSON bodies of the bead actions. {@code version} is the bead's version as the caller read it. */
final class ApiRequests {

    private ApiRequests() {}

    record VersionBody(Integer version) {}

    record EditBody(Integer version, String side, String text) {}

    record MergeBody(Integer version, Integer nextVersion) {}

    record SplitBody(Integer version, Integer sourceAt, Integer targetAt) {}

    record ShiftBody(Integer version, String side, String direction, Integer neighbourVersion) {}

    record ThresholdBody(Double minConfidence) {}

    record NoteBody(Integer version, String text) {}

    record DismissBody(String reason) {}

    static int required(Integer value, String name) {
        if (value == null) {
            throw new InvalidActionException("\"" + name + "\" is required"
                    + ("version".equals(name)
                            ? ": send the bead's version as you read it, so that a change made since is not "
                                    + "overwritten."
                            : "."));
        }
        return value;
    }

    /**
     * The pair a path or parameter names ("fr-vi", "fr-en"), read once here; anything else is a bad
     * request (400) that says what it got and what it takes.
     */
    static LanguagePair pair(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException("\"pair\" is required: fr-vi or fr-en.");
        }
        try {
            return LanguagePair.fromCode(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("\"pair\": " + e.getMessage() + ".");
        }
    }

    static Side side(String value) {
        if (value != null) {
            switch (value.toLowerCase(Locale.ROOT)) {
                case "source", "fr", "french":
                    return Side.SOURCE;
                case "target", "vi", "en":
                    return Side.TARGET;
                default:
                    break;
            }
        }
        throw new InvalidActionException("\"side\" must be \"source\" (French) or \"target\", not " + value + ".");
    }

    static Direction direction(String value) {
        if (value != null) {
            switch (value.toLowerCase(Locale.ROOT)) {
                case "previous", "prev", "up":
                    return Direction.PREVIOUS;
                case "next", "down":
                    return Direction.NEXT;
                default:
                    break;
            }
        }
        throw new InvalidActionException("\"direction\" must be \"previous\" or \"next\", not " + value + ".");
    }
}
