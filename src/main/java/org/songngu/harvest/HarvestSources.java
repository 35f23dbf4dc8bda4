package org.songngu.harvest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The page sources of an input path: a WARC file, a folder of WARC files, or a folder of saved pages. */
public final class HarvestSources {

    private HarvestSources() {}

    /**
     * @throws IllegalArgumentException when the path does not exist or holds neither WARC files nor pages
     */
    public static List<PageSource> of(Path in, long maxPageBytes) {
        if (Files.isRegularFile(in)) {
            if (!WarcPageSource.isWarc(in)) {
                throw new IllegalArgumentException("input " + in + " is not a .warc or .warc.gz file; give a WARC"
                        + " file or a folder of WARC files or of .html pages");
            }
            return List.of(new WarcPageSource(List.of(in), maxPageBytes));
        }
        if (!Files.isDirectory(in)) {
            throw new IllegalArgumentException("input " + in + " does not exist");
        }
        List<Path> warcs;
        try (Stream<Path> walk = Files.walk(in)) {
            warcs = walk.filter(Files::isRegularFile)
                    .filter(WarcPageSource::isWarc)
                    .sorted()
                    .toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new IllegalArgumentException("input folder " + in + " cannot be listed: " + e.getMessage());
        }
        return warcs.isEmpty()
                ? List.of(new HtmlFolderPageSource(in, maxPageBytes))
                : List.of(new WarcPageSource(warcs, maxPageBytes));
    }
}
