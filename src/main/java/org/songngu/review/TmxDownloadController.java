package org.songngu.review;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.songngu.api.Problems;
import org.songngu.tmx.ExportRequest;
import org.songngu.tmx.TmxExport;
import org.songngu.tmx.TmxExportFilter;
import org.songngu.tmx.TmxExportSettings;
import org.songngu.tmx.TmxPair;
import org.songngu.tmx.TmxUnitSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The memory as a TMX 1.4b download, with the filters of {@code export-tmx}. The document is
 * streamed to the client as rows are read, so a large memory never sits in memory.
 */
@RestController
@Tag(name = "export", description = "TMX export of the translation memory")
class TmxDownloadController {

    static final MediaType TMX = MediaType.parseMediaType("application/x-tmx+xml;charset=UTF-8");

    private final TmxUnitSource source;
    private final TmxExportSettings settings;

    TmxDownloadController(TmxUnitSource source, TmxExportSettings settings) {
        this.source = source;
        this.settings = settings;
    }

    @GetMapping("/api/export/tmx")
    @Operation(
            summary = "Download the memory as TMX 1.4b",
            description = "pair: fr-vi, fr-en or fr-vi-en; status: approved (default) or any; minConfidence in [0,1];"
                    + " article (repeatable); from/to: article dates; excludeFindings: LanguageTool categories.")
    @Problems({400})
    ResponseEntity<StreamingResponseBody> download(
            @RequestParam(defaultValue = "fr-vi") String pair,
            @RequestParam(defaultValue = "approved") String status,
            @RequestParam(defaultValue = "0") double minConfidence,
            @RequestParam(required = false) List<String> article,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) List<String> excludeFindings) {
        ExportRequest request = request(pair, status, minConfidence, article, from, to, excludeFindings);
        StreamingResponseBody body = out -> new TmxExport(source, settings).writeTo(out, request);
        return ResponseEntity.ok()
                .contentType(TMX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("songngu-" + request.pair().pairName() + ".tmx")
                                .build()
                                .toString())
                .body(body);
    }

    /** Checked before the first byte is sent, so that a bad option is a 400 with a reason, not a broken file. */
    private ExportRequest request(
            String pair,
            String status,
            double minConfidence,
            List<String> articles,
            LocalDate from,
            LocalDate to,
            List<String> excludeFindings) {
        try {
            TmxExportFilter filter = new TmxExportFilter(
                    TmxExportFilter.approvedOnly(status),
                    minConfidence,
                    Set.copyOf(articles == null ? List.of() : articles),
                    from,
                    to,
                    Set.copyOf(excludeFindings == null ? List.of() : excludeFindings));
            return new ExportRequest(TmxPair.fromName(pair), filter, settings.codes());
        } catch (IllegalArgumentException e) {
            throw new InvalidExportException(e.getMessage());
        }
    }

    /** A download asked with options that make no export. 400. */
    static class InvalidExportException extends RuntimeException {
        InvalidExportException(String message) {
            super(message);
        }
    }
}
