package org.songngu.tmx;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Streams a TMX 1.4b document: {@link #open} writes the prolog, DOCTYPE and header, each
 * {@link #write} writes one {@code <tu>} straight to the stream, {@link #close} ends the document and
 * closes the stream. Nothing is kept per unit, so memory stays flat however many units go through.
 * Text is escaped by StAX; characters XML 1.0 forbids are removed; a carriage return is written as
 * {@code &#13;} so that parsers do not turn it into a line feed.
 *
 * <p>Not thread-safe: one writer per file, used by one thread. Failures surface as
 * {@link UncheckedIOException}.
 */
public final class TmxWriter implements AutoCloseable {

    private static final DateTimeFormatter TMX_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    // The JDK's own StAX: the output does not change with whichever StAX jar is on the class path.
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private final Writer stream;
    private final XMLStreamWriter xml;
    private final String sourceLanguage;
    private long unitsWritten;
    private boolean closed;

    private TmxWriter(Writer stream, XMLStreamWriter xml, String sourceLanguage) {
        this.stream = stream;
        this.xml = xml;
        this.sourceLanguage = sourceLanguage;
    }

    /** Starts a TMX document on {@code out} (UTF-8); the writer owns the stream from now on. */
    public static TmxWriter open(OutputStream out, TmxHeader header) {
        // A buffered character writer: given a byte stream, the JDK's StAX writes it one byte per call.
        Writer buffered = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(buffered);
            TmxWriter writer = new TmxWriter(buffered, xml, header.sourceLanguage());
            writer.start(header);
            return writer;
        } catch (XMLStreamException e) {
            UncheckedIOException failure = failure("cannot start the TMX document", e);
            try {
                buffered.close();
            } catch (IOException closing) {
                failure.addSuppressed(closing);
            }
            throw failure;
        }
    }

    /** A date in TMX's form ({@code 20231221T093000Z}); empty when the text has another form. */
    public static java.util.Optional<Instant> parseDate(String text) {
        try {
            return java.util.Optional.of(Instant.from(TMX_DATE.parse(text.strip())));
        } catch (java.time.format.DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }

    /** TMX's date form: UTC, {@code 20231221T093000Z}. */
    public static String formatDate(Instant instant) {
        return TMX_DATE.format(instant);
    }

    /**
     * Writes one unit. It must have a variant in the header's source language (same code, any case):
     * Trados drops units that do not match the file's language pair.
     */
    public void write(TranslationUnit unit) {
        if (closed) {
            throw new IllegalStateException("TMX writer already closed");
        }
        if (unit.variants().stream().noneMatch(variant -> variant.language().equalsIgnoreCase(sourceLanguage))) {
            throw new IllegalArgumentException(
                    "unit " + unit.tuid() + " has no variant in the source language " + sourceLanguage);
        }
        try {
            indent(2);
            xml.writeStartElement("tu");
            xml.writeAttribute("tuid", XmlCharacters.clean(unit.tuid()));
            optionalDate("creationdate", unit.creationDate());
            optionalText("creationid", unit.creationId());
            optionalDate("changedate", unit.changeDate());
            optionalText("changeid", unit.changeId());
            for (TmxProperty property : unit.properties()) {
                indent(3);
                xml.writeStartElement("prop");
                xml.writeAttribute("type", property.type());
                text(property.value());
                xml.writeEndElement();
            }
            for (String note : unit.notes()) {
                indent(3);
                xml.writeStartElement("note");
                text(note);
                xml.writeEndElement();
            }
            for (TmxVariant variant : unit.variants()) {
                indent(3);
                xml.writeStartElement("tuv");
                xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", variant.language());
                xml.writeStartElement("seg");
                text(variant.text());
                xml.writeEndElement();
                xml.writeEndElement();
            }
            indent(2);
            xml.writeEndElement();
            unitsWritten++;
        } catch (XMLStreamException e) {
            throw failure("cannot write unit " + unit.tuid(), e);
        }
    }

    public long unitsWritten() {
        return unitsWritten;
    }

    /** Ends the body and the document, flushes and closes the stream. Closing twice does nothing. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try (Writer out = stream) {
            indent(1);
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw failure("cannot finish the TMX document", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the TMX output", e);
        }
    }

    private void start(TmxHeader header) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeDTD("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">");
        xml.writeCharacters("\n");
        xml.writeStartElement("tmx");
        xml.writeAttribute("version", "1.4");
        indent(1);
        xml.writeEmptyElement("header");
        xml.writeAttribute("creationtool", XmlCharacters.clean(header.creationTool()));
        xml.writeAttribute("creationtoolversion", XmlCharacters.clean(header.creationToolVersion()));
        xml.writeAttribute("segtype", header.segmentType());
        xml.writeAttribute("o-tmf", XmlCharacters.clean(header.originalFormat()));
        xml.writeAttribute("adminlang", header.adminLanguage());
        xml.writeAttribute("srclang", header.sourceLanguage());
        xml.writeAttribute("datatype", XmlCharacters.clean(header.dataType()));
        xml.writeAttribute("o-encoding", "UTF-8");
        optionalDate("creationdate", header.creationDate());
        indent(1);
        xml.writeStartElement("body");
    }

    /** Escaped text without forbidden characters; CR as a character reference so it survives parsing. */
    private void text(String value) throws XMLStreamException {
        String clean = XmlCharacters.clean(value);
        int from = 0;
        for (int cr = clean.indexOf('\r'); cr >= 0; cr = clean.indexOf('\r', from)) {
            xml.writeCharacters(clean.substring(from, cr));
            xml.writeEntityRef("#13");
            from = cr + 1;
        }
        xml.writeCharacters(from == 0 ? clean : clean.substring(from));
    }

    private void optionalDate(String attribute, Instant value) throws XMLStreamException {
        if (value != null) {
            xml.writeAttribute(attribute, formatDate(value));
        }
    }

    private void optionalText(String attribute, String value) throws XMLStreamException {
        if (value != null && !value.isBlank()) {
            xml.writeAttribute(attribute, XmlCharacters.clean(value));
        }
    }

    private void indent(int level) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(level));
    }

    private static UncheckedIOException failure(String what, XMLStreamException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e.getNestedException();
        IOException io = cause instanceof IOException ioe ? ioe : new IOException(e.getMessage(), e);
        return new UncheckedIOException(what + ": " + io.getMessage(), io);
    }
}
