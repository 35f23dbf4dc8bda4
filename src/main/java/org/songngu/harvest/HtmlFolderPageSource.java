package org.songngu.harvest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The saved pages of a folder tree ({@code .html}, {@code .htm}), such as {@code wget --mirror}
 * leaves them. A page's address is the canonical URL it declares, else the one its place in the
 * tree implies ({@code site.vn/fr/a.html} → {@code https://site.vn/fr/a.html} when the first folder
 * is a host name), else its {@code file:} URI. Symbolic links are not followed.
 */
public final class HtmlFolderPageSource implements PageSource {

    private static final Pattern CANONICAL =
            Pattern.compile("<link\\b[^>]*\\brel\\s*=\\s*[\"']?canonical[\"']?[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HREF =
            Pattern.compile("\\bhref\\s*=\\s*[\"']([^\"'<>]+)[\"']", Pattern.CASE_INSENSITIVE);
    private static final Pattern HOST = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)+(:\\d+)?", Pattern.CASE_INSENSITIVE);
    private static final int SNIFF_BYTES = 64 * 1024;

    private final Path root;
    private final long maxPageBytes;
    private long skipped;

    public HtmlFolderPageSource(Path root, long maxPageBytes) {
        this.root = root;
        this.maxPageBytes = maxPageBytes;
    }

    @Override
    public long skipped() {
        return skipped;
    }

    @Override
    public void read(Consumer<FetchedPage> pages, Consumer<HarvestProblem> problems) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.accept(
                    new HarvestProblem(root.toString(), "cannot be listed (" + WarcPageSource.oneLine(e) + ")"));
            return;
        }
        for (Path file : files) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!name.endsWith(".html") && !name.endsWith(".htm")) {
                skipped++;
                continue;
            }
            String where = file.toString();
            try {
                long size = Files.size(file);
                if (size > maxPageBytes) {
                    problems.accept(new HarvestProblem(where, PageReader.overLimit(maxPageBytes)));
                    continue;
                }
                byte[] body = Files.readAllBytes(file);
                pages.accept(new FetchedPage(
                        address(file, body),
                        body,
                        null,
                        Files.getLastModifiedTime(file).toInstant()));
            } catch (IOException e) {
                problems.accept(new HarvestProblem(where, "cannot be read (" + WarcPageSource.oneLine(e) + ")"));
            }
        }
    }

    private String address(Path file, byte[] body) {
        String head = new String(body, 0, Math.min(body.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher link = CANONICAL.matcher(head);
        if (link.find()) {
            Matcher href = HREF.matcher(link.group());
            if (href.find() && href.group(1).matches("(?i)https?://\\S+")) {
                return href.group(1).strip();
            }
        }
        Path relative = root.toAbsolutePath()
                .normalize()
                .relativize(file.toAbsolutePath().normalize());
        if (relative.getNameCount() > 1
                && HOST.matcher(relative.getName(0).toString()).matches()) {
            StringBuilder url = new StringBuilder("https://").append(relative.getName(0));
            for (int i = 1; i < relative.getNameCount(); i++) {
                url.append('/').append(relative.getName(i));
            }
            return url.toString();
        }
        return file.toAbsolutePath().normalize().toUri().toString();
    }
}
