package org.songngu.tmx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Validates a document against the official TMX 1.4b DTD (a copy in the test resources) with the
 * JDK's validating DOM parser. The DOCTYPE is resolved to that copy; any other external resource
 * is refused, so validation never reaches the network.
 */
public final class DtdValidator {

    private DtdValidator() {}

    /** The parsed document; throws {@link AssertionError} listing every validity error. */
    public static Document validate(byte[] tmx) {
        List<String> errors = new ArrayList<>();
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setValidating(true);
            factory.setNamespaceAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> {
                if (systemId != null && systemId.endsWith("tmx14.dtd")) {
                    InputStream dtd = DtdValidator.class.getResourceAsStream("tmx14.dtd");
                    InputSource source = new InputSource(dtd);
                    source.setSystemId(systemId);
                    return source;
                }
                throw new SAXException("refusing to load external resource " + systemId);
            });
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    errors.add("warning " + where(e));
                }

                @Override
                public void error(SAXParseException e) {
                    errors.add("error " + where(e));
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            Document document = builder.parse(new ByteArrayInputStream(tmx));
            if (document.getDoctype() == null) {
                errors.add("no DOCTYPE: nothing was validated");
            }
            if (!errors.isEmpty()) {
                throw new AssertionError("TMX is not valid against tmx14.dtd:\n" + String.join("\n", errors));
            }
            return document;
        } catch (SAXParseException e) {
            throw new AssertionError("TMX is not well-formed: " + where(e), e);
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new AssertionError("cannot validate: " + e, e);
        }
    }

    private static String where(SAXParseException e) {
        return e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage();
    }
}
