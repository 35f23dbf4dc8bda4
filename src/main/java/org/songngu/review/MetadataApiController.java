package org.songngu.review;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import org.songngu.store.MetadataRow;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An article's metadata lines (dates, counters, credits, authors set aside at ingest) over the API. */
@RestController
@RequestMapping("/api/articles/{id}/metadata")
@Tag(name = "metadata", description = "Per-article metadata lines set aside from the text")
class MetadataApiController {

    private final MetadataReview review;

    MetadataApiController(MetadataReview review) {
        this.review = review;
    }

    @GetMapping
    @Operation(summary = "An article's metadata lines, French first, each with its kind and whether it was put back")
    List<MetadataRow> lines(@PathVariable String id) {
        return review.lines(id);
    }

    @PostMapping("/{lineId}/keep")
    @Operation(summary = "Put a metadata line back as content: remembered, audited, applied by the next run")
    MetadataRow keep(@PathVariable String id, @PathVariable long lineId, Principal user) {
        return review.keep(id, lineId, user.getName());
    }
}
