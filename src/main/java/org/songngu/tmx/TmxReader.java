package org.songngu.tmx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads TMX 1.1–1.4 files unit by unit (StAX, streaming: one unit in memory at a time) for import.
 * Language codes are kept as written ({@code fr}, {@code fr-FR}, {@code FR-fr}; the deprecated
 * {@code lang} attribute is accepted too); {@link TmxEntry#text} matches them by language.
 * In a {@code <seg>}, the native codes of {@code <bpt>}, {@code <ept>}, {@code <ph>}, {@code <it>} and
 * {@code <ut>} are dropped, the text inside {@code <hi>} is kept, and runs of white space become one
 * space. The DOCTYPE is skipped: no DTD or external entity is ever loaded (no network, no XXE).
 *
 * <p>Thread-safe: each call parses with its own StAX reader.
 */
public final class TmxReader {

    private static final Set<String> CODES = Set.of("bpt", "ept", "ph", "it", "ut");
    private static final List<String> TUV_DATES = List.of("creationdate", "creationid", "changedate", "changeid");

    /** Reads {@code file}; see {@link #read(InputStream, Consumer)}. */
    public long read(Path file, Consumer<TmxEntry> sink) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, sink);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Passes each {@code <tu>} of {@code in} to {@code sink} as soon as it is read, and returns how many
     * there were. The encoding comes from the byte order mark or the XML declaration (UTF-8 or UTF-16).
     *
     * @throws TmxFormatException on XML that is not well-formed, a root other than {@code <tmx>}, or a
     *         {@code <tuv>} without a language; the message gives line and column
     */
    public long read(InputStream in, Consumer<TmxEntry> sink) {
        XMLStreamReader xml = null;
        try {
            xml = factory().createXMLStreamReader(in);
            return readDocument(xml, sink);
        } catch (XMLStreamException e) {
            Location location = e.getLocation() != null ? e.getLocation() : xml == null ? null : xml.getLocation();
            throw new TmxFormatException(
                    parserMessage(e),
                    location == null ? -1 : location.getLineNumber(),
                    location == null ? -1 : location.getColumnNumber(),
                    e);
        } finally {
            closeQuietly(xml);
        }
    }

    private static long readDocument(XMLStreamReader xml, Consumer<TmxEntry> sink) throws XMLStreamException {
        while (xml.next() != XMLStreamConstants.START_ELEMENT) {
            // prolog: declaration, DOCTYPE (skipped, never loaded), comments
        }
        if (!"tmx".equals(xml.getLocalName())) {
            throw error(xml, "not a TMX file: the root element is <" + xml.getLocalName() + ">, expected <tmx>");
        }
        long units = 0;
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && "tu".equals(xml.getLocalName())) {
                sink.accept(readUnit(xml));
                units++;
            }
        }
        return units;
    }

    private static TmxEntry readUnit(XMLStreamReader xml) throws XMLStreamException {
        long line = xml.getLocation() == null ? -1 : xml.getLocation().getLineNumber();
        String tuid = xml.getAttributeValue(null, "tuid");
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
        }
        List<TmxEntry.Field> variants = new ArrayList<>(3);
        List<TmxEntry.Field> properties = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        boolean[] codes = {false};
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            switch (xml.getLocalName()) {
                case "prop" -> {
                    String type = xml.getAttributeValue(null, "type");
                    String value = xml.getElementText().strip();
                    if (type != null) {
                        properties.add(new TmxEntry.Field(type, value));
                    }
                }
                case "note" -> {
                    String note = collapseSpaces(xml.getElementText());
                    if (!note.isEmpty()) {
                        notes.add(note);
                    }
                }
                case "tuv" -> {
                    String language = language(xml);
                    // OmegaT dates and signs the translation's <tuv>, not the <tu>: the <tu>'s own win.
                    for (String attribute : TUV_DATES) {
                        String value = xml.getAttributeValue(null, attribute);
                        if (value != null) {
                            attributes.putIfAbsent(attribute, value);
                        }
                    }
                    variants.add(new TmxEntry.Field(language, readVariant(xml, codes, notes)));
                }
                default -> skipElement(xml);
            }
        }
        return TmxEntry.of(tuid, variants, properties, notes, attributes, codes[0], line);
    }

    private static String language(XMLStreamReader xml) throws XMLStreamException {
        String language = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
        if (language == null) {
            language = xml.getAttributeValue(null, "lang");
        }
        if (language == null || language.isBlank()) {
            throw error(xml, "<tuv> without xml:lang");
        }
        return language.strip();
    }

    /** The text of the variant's {@code <seg>}; {@code ""} when it has none. */
    private static String readVariant(XMLStreamReader xml, boolean[] codes, List<String> notes)
            throws XMLStreamException {
        String text = "";
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if ("seg".equals(xml.getLocalName())) {
                text = readSegment(xml, codes);
            } else if ("note".equals(xml.getLocalName())) {
                // A note on a variant (OmegaT's comments) is kept with the unit's notes.
                String note = collapseSpaces(xml.getElementText());
                if (!note.isEmpty()) {
                    notes.add(note);
                }
            } else {
                skipElement(xml);
            }
        }
        return text;
    }

    /** The segment's text; sets {@code codes[0]} when it held inline codes, which are dropped. */
    private static String readSegment(XMLStreamReader xml, boolean[] codes) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 0;
        int codeDepth = 0; // > 0 inside a native code element, whose content is not text
        while (true) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    if (codeDepth > 0 || CODES.contains(xml.getLocalName())) {
                        codeDepth++;
                        codes[0] = true;
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (depth == 0) {
                        return collapseSpaces(text);
                    }
                    depth--;
                    if (codeDepth > 0) {
                        codeDepth--;
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (codeDepth == 0) {
                        text.append(xml.getText());
                    }
                }
                default -> {
                    // comments and processing instructions carry no text
                }
            }
        }
    }

    private static String collapseSpaces(CharSequence text) {
        StringBuilder collapsed = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = collapsed.length() > 0;
            } else {
                if (space) {
                    collapsed.append(' ');
                    space = false;
                }
                collapsed.append(c);
            }
        }
        return collapsed.toString();
    }

    private static void skipElement(XMLStreamReader xml) throws XMLStreamException {
        for (int depth = 1; depth > 0; ) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static XMLInputFactory factory() {
        // The JDK's own StAX, locked down: the DOCTYPE is skipped, nothing external is resolved.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource " + systemId + " is not loaded");
        });
        return factory;
    }

    private static XMLStreamException error(XMLStreamReader xml, String message) {
        return new XMLStreamException(message, xml.getLocation());
    }

    /** The parser's own words without the "ParseError at [row,col]" prefix the JDK adds. */
    private static String parserMessage(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int marker = message.indexOf("Message: ");
        return marker >= 0 ? message.substring(marker + "Message: ".length()).strip() : message;
    }

    private static void closeQuietly(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // the parse result (or its failure) is already decided; closing frees the buffers only
            }
        }
    }
}
