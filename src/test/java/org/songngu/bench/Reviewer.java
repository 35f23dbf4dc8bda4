package org.songngu.bench;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.songngu.bench.Ledger.Answer;
import org.songngu.review.ActionKind;
import org.songngu.store.Bead;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One simulated reviewer: reads the pair's beads, picks one and acts on it with the version it
 * read, again and again until the deadline or the shared request budget runs out. Actions: approve,
 * reject, reset, edit the target (with a marker unique to the request, or back to the original
 * text), merge with the next bead then split back, shift a sentence then back, split a bead that
 * holds several sentences. One instance per thread.
 */
final class Reviewer implements Runnable {

    /** Where a reviewer stops and what it keeps of the measured window. */
    record Window(long measureFromNanos, long deadlineNanos, AtomicLong requestBudget) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String user;
    private final ReviewApi api;
    private final String beadsPath;
    private final Sentences sentences;
    private final Ledger ledger;
    private final Window window;
    private final Random random;
    private final Latencies reads;
    private final Latencies actions;
    private final Map<Answer, Integer> measured = new EnumMap<>(Answer.class);
    private int edits;

    Reviewer(
            String user,
            ReviewApi api,
            String articleId,
            String pair,
            Sentences sentences,
            Ledger ledger,
            Window window,
            long seed,
            int latencyCapacity) {
        this.user = user;
        this.api = api;
        this.beadsPath = "/api/articles/" + articleId + "/pairs/" + pair + "/beads";
        this.sentences = sentences;
        this.ledger = ledger;
        this.window = window;
        this.random = new Random(seed);
        this.reads = new Latencies(latencyCapacity);
        this.actions = new Latencies(latencyCapacity);
    }

    @Override
    public void run() {
        while (more()) {
            ReviewApi.Response read = api.get(beadsPath);
            time(reads, read);
            if (read.status() != 200) {
                error("GET " + beadsPath, read, null);
                continue;
            }
            List<Bead> beads =
                    Arrays.asList(JSON.treeToValue(JSON.readTree(read.body()).path("items"), Bead[].class));
            if (!beads.isEmpty() && more()) {
                act(beads, beads.get(random.nextInt(beads.size())));
            }
        }
    }

    Latencies reads() {
        return reads;
    }

    Latencies actions() {
        return actions;
    }

    /** The answers to actions sent in the measured window. */
    Map<Answer, Integer> measured() {
        return Map.copyOf(measured);
    }

    private void act(List<Bead> beads, Bead bead) {
        double dice = random.nextDouble();
        if (dice < 0.25) {
            status(bead, ActionKind.APPROVE, "approve");
        } else if (dice < 0.35) {
            status(bead, ActionKind.REJECT, "reject");
        } else if (dice < 0.45) {
            status(bead, ActionKind.RESET, "reset");
        } else if (dice < 0.75) {
            edit(bead);
        } else if (dice < 0.85) {
            mergeThenSplit(beads, bead);
        } else if (dice < 0.95) {
            shiftThenBack(beads, bead);
        } else {
            split(bead);
        }
    }

    private void status(Bead bead, ActionKind kind, String verb) {
        send(
                kind,
                bead.id(),
                "POST",
                "/api/beads/" + bead.id() + "/" + verb,
                "{\"version\":" + bead.version() + "}",
                false,
                null);
    }

    private void edit(Bead bead) {
        String original = sentences.target(bead.tgtStart(), bead.tgtEnd());
        boolean restore = !bead.tgtText().equals(original) && !original.isBlank() && random.nextDouble() < 0.4;
        String marker = restore ? null : "[lb-" + user + "-" + (++edits) + "]";
        String text = restore ? original : (original + " " + marker).strip();
        String body = "{\"version\":" + bead.version() + ",\"side\":\"target\",\"text\":"
                + JSON.writeValueAsString(text) + "}";
        send(ActionKind.EDIT, bead.id(), "PUT", "/api/beads/" + bead.id() + "/text", body, false, marker);
    }

    // Merging edited beads would make them unsplittable (a split refuses to drop an edit) and the
    // pair would shrink to one bead; restore such a bead's text instead.
    private void mergeThenSplit(List<Bead> beads, Bead bead) {
        if (bead.index() + 1 >= beads.size() || beads.get(bead.index()).id().longValue() != bead.id()) {
            status(bead, ActionKind.APPROVE, "approve");
            return;
        }
        Bead next = beads.get(bead.index() + 1);
        if (edited(bead) || edited(next)) {
            edit(edited(bead) ? bead : next);
            return;
        }
        JsonNode merged = send(
                ActionKind.MERGE,
                bead.id(),
                "POST",
                "/api/beads/" + bead.id() + "/merge-next",
                "{\"version\":" + bead.version() + ",\"nextVersion\":" + next.version() + "}",
                true,
                null);
        Bead now = merged == null ? null : find(merged, bead.id());
        if (now != null && more()) {
            send(
                    ActionKind.SPLIT,
                    now.id(),
                    "POST",
                    "/api/beads/" + now.id() + "/split",
                    "{\"version\":" + now.version() + ",\"sourceAt\":" + bead.srcEnd() + ",\"targetAt\":"
                            + bead.tgtEnd() + "}",
                    true,
                    null);
        }
    }

    private void shiftThenBack(List<Bead> beads, Bead bead) {
        boolean next = random.nextBoolean();
        int neighbourIndex = bead.index() + (next ? 1 : -1);
        if (neighbourIndex < 0 || neighbourIndex >= beads.size()) {
            status(bead, ActionKind.REJECT, "reject");
            return;
        }
        Bead neighbour = beads.get(neighbourIndex);
        String side = random.nextBoolean() ? "source" : "target";
        JsonNode shifted = send(
                ActionKind.SHIFT,
                bead.id(),
                "POST",
                "/api/beads/" + bead.id() + "/shift",
                shiftBody(bead.version(), side, next ? "next" : "previous", neighbour.version()),
                true,
                null);
        if (shifted == null || !more()) {
            return;
        }
        Bead grown = find(shifted, neighbour.id());
        Bead shrunk = find(shifted, bead.id());
        if (grown != null && shrunk != null) {
            send(
                    ActionKind.SHIFT,
                    grown.id(),
                    "POST",
                    "/api/beads/" + grown.id() + "/shift",
                    shiftBody(grown.version(), side, next ? "previous" : "next", shrunk.version()),
                    true,
                    null);
        }
    }

    private void split(Bead bead) {
        int sources = bead.srcEnd() - bead.srcStart();
        int targets = bead.tgtEnd() - bead.tgtStart();
        if (sources + targets < 2) {
            status(bead, ActionKind.RESET, "reset");
            return;
        }
        int sourceAt;
        int targetAt;
        do {
            sourceAt = bead.srcStart() + random.nextInt(sources + 1);
            targetAt = bead.tgtStart() + random.nextInt(targets + 1);
        } while ((sourceAt == bead.srcStart() && targetAt == bead.tgtStart())
                || (sourceAt == bead.srcEnd() && targetAt == bead.tgtEnd()));
        send(
                ActionKind.SPLIT,
                bead.id(),
                "POST",
                "/api/beads/" + bead.id() + "/split",
                "{\"version\":" + bead.version() + ",\"sourceAt\":" + sourceAt + ",\"targetAt\":" + targetAt + "}",
                true,
                null);
    }

    private static String shiftBody(int version, String side, String direction, int neighbourVersion) {
        return "{\"version\":" + version + ",\"side\":\"" + side + "\",\"direction\":\"" + direction
                + "\",\"neighbourVersion\":" + neighbourVersion + "}";
    }

    private boolean edited(Bead bead) {
        return !bead.tgtText().equals(sentences.target(bead.tgtStart(), bead.tgtEnd()))
                || !bead.srcText().equals(sentences.source(bead.srcStart(), bead.srcEnd()));
    }

    /**
     * Sends one action and files the answer: 200 in the ledger with the audit id it reports; 409,
     * 404 on a bead merged away, and 422 for a structural action as refusals; anything else as an
     * error. Returns the response body of a 200, else null.
     */
    private JsonNode send(
            ActionKind kind, long beadId, String method, String path, String body, boolean structural, String marker) {
        ReviewApi.Response response = "PUT".equals(method) ? api.put(path, body) : api.post(path, body);
        boolean inWindow = time(actions, response);
        Answer answer = answer(response, structural);
        if (inWindow) {
            measured.merge(answer, 1, Integer::sum);
        }
        switch (answer) {
            case OK -> {
                JsonNode json = JSON.readTree(response.body());
                JsonNode actionId = json.path("outcome").path("actionId");
                if (!actionId.isIntegralNumber()) {
                    ledger.error(
                            method + " " + path + " answered 200 without an audit id: " + snippet(response.body()),
                            marker);
                    return null;
                }
                ledger.success(new Ledger.Success(user, kind, actionId.asLong(), beadId, marker));
                return json;
            }
            case CONFLICT, NOT_POSSIBLE, GONE -> ledger.refused(answer, beadId, marker);
            case ERROR -> error(method + " " + path + " " + body, response, marker);
        }
        return null;
    }

    static Answer answer(ReviewApi.Response response, boolean structural) {
        return switch (response.status()) {
            case 200 -> Answer.OK;
            case 409 -> Answer.CONFLICT;
            case 422 -> structural ? Answer.NOT_POSSIBLE : Answer.ERROR;
            case 404 -> response.body().contains("There is no bead") ? Answer.GONE : Answer.ERROR;
            default -> Answer.ERROR;
        };
    }

    private void error(String request, ReviewApi.Response response, String marker) {
        ledger.error(
                user + ": " + request + " -> " + response.status() + " after " + response.nanos() / 1_000_000 + " ms: "
                        + snippet(response.body()),
                marker);
    }

    private static String snippet(String body) {
        return body.length() <= 400 ? body : body.substring(0, 400) + "...";
    }

    private static Bead find(JsonNode actionResponse, long beadId) {
        for (JsonNode node : actionResponse.path("beads")) {
            if (node.path("id").asLong() == beadId) {
                return JSON.treeToValue(node, Bead.class);
            }
        }
        return null;
    }

    /** Counts one request against the budget, and keeps its latency when it started in the measured window. */
    private boolean time(Latencies recorder, ReviewApi.Response response) {
        boolean inWindow = System.nanoTime() - response.nanos() >= window.measureFromNanos();
        if (inWindow) {
            recorder.record(response.nanos());
        }
        return inWindow;
    }

    private boolean more() {
        return System.nanoTime() < window.deadlineNanos()
                && window.requestBudget().getAndDecrement() > 0;
    }
}
