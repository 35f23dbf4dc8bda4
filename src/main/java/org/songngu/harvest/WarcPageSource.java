package org.songngu.harvest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;

/**
 * The HTML pages of WARC files ({@code .warc}, {@code .warc.gz}), read with jwarc: response records
 * with status 200 and an HTML payload (content and transfer encodings undone), and HTML resource
 * records. Requests, metadata, revisits, redirects and other media are counted as skipped. A
 * damaged record is reported with its URL when its header could be read, else with the file and
 * byte offset; the reading then starts again at the next record the file holds.
 */
public final class WarcPageSource implements PageSource {

    private static final int SCAN_BUFFER = 64 * 1024;

    private final List<Path> files;
    private final long maxPageBytes;
    private long skipped;

    public WarcPageSource(List<Path> files, long maxPageBytes) {
        this.files = List.copyOf(files);
        this.maxPageBytes = maxPageBytes;
    }

    /** Whether {@code file} is named as a WARC file. */
    public static boolean isWarc(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".warc") || name.endsWith(".warc.gz");
    }

    @Override
    public long skipped() {
        return skipped;
    }

    @Override
    public void read(Consumer<FetchedPage> pages, Consumer<HarvestProblem> problems) {
        for (Path file : files) {
            long from = 0;
            while (from >= 0) {
                from = readFrom(file, from, pages, problems);
            }
        }
    }

    /** Reads records from byte {@code start}; answers where to start again after damage, or -1 at the end. */
    private long readFrom(Path file, long start, Consumer<FetchedPage> pages, Consumer<HarvestProblem> problems) {
        String lastDamaged = null;
        long position = start;
        WarcCompression compression = WarcCompression.NONE;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.position(start);
            WarcReader reader;
            try {
                reader = new WarcReader(channel);
            } catch (IOException | IllegalArgumentException e) {
                problems.accept(
                        new HarvestProblem(file + " at byte " + start, "not a WARC record (" + oneLine(e) + ")"));
                return start == 0 ? -1 : nextRecord(file, start + 1, WarcCompression.NONE);
            }
            compression = reader.compression();
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    // the failed record starts where the reader stopped, past the last good one
                    long at = Math.max(position, reader.position());
                    long resume = nextRecord(file, at + 1, compression);
                    if (resume >= 0 || lastDamaged == null) {
                        problems.accept(new HarvestProblem(
                                targetAt(file, at, compression).orElse(file + " at byte " + at),
                                "damaged WARC record at byte " + at + " of " + file.getFileName() + " (" + oneLine(e)
                                        + "): skipped"));
                    }
                    return resume;
                }
                if (next.isEmpty()) {
                    return -1;
                }
                position = reader.position();
                WarcRecord record = next.get();
                lastDamaged = null;
                String url = record instanceof org.netpreserve.jwarc.WarcTargetRecord target ? target.target() : null;
                try {
                    handle(record, pages, problems);
                } catch (IOException | RuntimeException | LinkageError e) {
                    // LinkageError: a brotli-encoded body needs the optional decoder, which Songngu leaves out
                    lastDamaged = url;
                    problems.accept(new HarvestProblem(
                            url == null ? file + " at byte " + position : url,
                            "damaged WARC record (" + oneLine(e) + "): skipped"));
                }
            }
        } catch (IOException e) {
            problems.accept(new HarvestProblem(file.toString(), "cannot be read (" + oneLine(e) + ")"));
            return -1;
        }
    }

    private void handle(WarcRecord record, Consumer<FetchedPage> pages, Consumer<HarvestProblem> problems)
            throws IOException {
        if (record instanceof WarcResponse response) {
            String url = response.target();
            if (response.truncated() != WarcTruncationReason.NOT_TRUNCATED) {
                problems.accept(new HarvestProblem(
                        url,
                        "the crawler truncated this record ("
                                + response.truncated().name().toLowerCase(Locale.ROOT) + "): skipped"));
                return;
            }
            if (!response.contentType().base().toString().equals("application/http")) {
                skipped++;
                return;
            }
            HttpResponse http = response.http();
            String type = http.headers().first("Content-Type").orElse(null);
            if (http.status() != 200 || !isHtml(type)) {
                skipped++;
                return;
            }
            byte[] body = bounded(http.bodyDecoded().stream(), url, problems);
            if (body != null) {
                pages.accept(new FetchedPage(url, body, type, record.date()));
            }
        } else if (record instanceof WarcResource resource) {
            String type = resource.contentType().toString();
            if (!isHtml(type)) {
                skipped++;
                return;
            }
            byte[] body = bounded(resource.body().stream(), resource.target(), problems);
            if (body != null) {
                pages.accept(new FetchedPage(resource.target(), body, type, record.date()));
            }
        } else {
            skipped++;
        }
    }

    static boolean isHtml(String contentType) {
        if (contentType == null) {
            return false;
        }
        String base = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    /** At most the page limit read; a larger page is reported and its rest left to the reader to skip. */
    private byte[] bounded(InputStream in, String url, Consumer<HarvestProblem> problems) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxPageBytes + 1));
        if (bytes.length > maxPageBytes) {
            problems.accept(new HarvestProblem(url, PageReader.overLimit(maxPageBytes)));
            return null;
        }
        return bytes;
    }

    /**
     * The offset of the next record at or after {@code from}: the next gzip member in a compressed
     * file, the next line starting "WARC/1." in a plain one; -1 when there is none.
     */
    static long nextRecord(Path file, long from, WarcCompression compression) {
        byte[] marker = compression == WarcCompression.GZIP
                ? new byte[] {0x1f, (byte) 0x8b, 0x08}
                : "\nWARC/1.".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long base = Math.max(0, compression == WarcCompression.GZIP ? from : from - 1);
            ByteBuffer buffer = ByteBuffer.allocate(SCAN_BUFFER);
            byte[] carry = new byte[0];
            while (true) {
                buffer.clear();
                int read = channel.read(buffer, base + carry.length);
                if (read <= 0) {
                    return -1;
                }
                byte[] window = new byte[carry.length + read];
                System.arraycopy(carry, 0, window, 0, carry.length);
                System.arraycopy(buffer.array(), 0, window, carry.length, read);
                int at = indexOf(window, marker);
                if (at >= 0) {
                    return base + at + (compression == WarcCompression.GZIP ? 0 : 1);
                }
                int keep = Math.min(window.length, marker.length - 1);
                carry = java.util.Arrays.copyOfRange(window, window.length - keep, window.length);
                base += window.length - keep;
            }
        } catch (IOException e) {
            return -1;
        }
    }

    private static final java.util.regex.Pattern TARGET =
            java.util.regex.Pattern.compile("(?im)^WARC-Target-URI:[ \\t]*<?([^\\s>]+)");

    /** The WARC-Target-URI a damaged record's header still shows, to name it in the report. */
    static Optional<String> targetAt(Path file, long position, WarcCompression compression) {
        try (InputStream raw = java.nio.channels.Channels.newInputStream(
                        FileChannel.open(file, StandardOpenOption.READ).position(position));
                InputStream in = compression == WarcCompression.GZIP ? new java.util.zip.GZIPInputStream(raw) : raw) {
            // a truncated gzip member still gives its first bytes: keep what comes before the failure
            java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream();
            byte[] chunk = new byte[512];
            try {
                for (int n; head.size() < 8192 && (n = in.read(chunk)) > 0; ) {
                    head.write(chunk, 0, n);
                }
            } catch (IOException truncated) {
                // what was read is enough to name the record
            }
            String text = head.toString(java.nio.charset.StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            java.util.regex.Matcher matcher = TARGET.matcher(end < 0 ? text : text.substring(0, end));
            return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static int indexOf(byte[] data, byte[] marker) {
        outer:
        for (int i = 0; i + marker.length <= data.length; i++) {
            for (int k = 0; k < marker.length; k++) {
                if (data[i + k] != marker[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }
}
