package org.songngu.tmx;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.Property;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.filters.tmx.TmxFilter;

/**
 * Reads a TMX file with Okapi Framework's TMX filter, as a CAT pipeline would, and returns what it
 * saw: per unit, its tuid, the text per language code (as Okapi spells the locale) and the properties.
 */
final class OkapiReadBack {

    record OkapiUnit(String tuid, Map<String, String> texts, Map<String, String> properties) {}

    private OkapiReadBack() {}

    static List<OkapiUnit> read(byte[] tmx, String sourceCode, String targetCode) {
        List<OkapiUnit> units = new ArrayList<>();
        LocaleId source = LocaleId.fromString(sourceCode);
        try (TmxFilter filter = new TmxFilter();
                RawDocument document = new RawDocument(
                        new ByteArrayInputStream(tmx), "UTF-8", source, LocaleId.fromString(targetCode))) {
            filter.getParameters().setExitOnInvalid(true);
            filter.open(document);
            while (filter.hasNext()) {
                Event event = filter.next();
                if (event.isTextUnit()) {
                    ITextUnit unit = event.getTextUnit();
                    Map<String, String> texts = new LinkedHashMap<>();
                    texts.put(
                            source.toString(),
                            unit.getSource().getUnSegmentedContentCopy().getText());
                    for (LocaleId target : unit.getTargetLocales()) {
                        texts.put(
                                target.toString(),
                                unit.getTarget(target)
                                        .getUnSegmentedContentCopy()
                                        .getText());
                    }
                    Map<String, String> properties = new LinkedHashMap<>();
                    for (String name : unit.getPropertyNames()) {
                        Property property = unit.getProperty(name);
                        properties.put(name, property.getValue());
                    }
                    units.add(new OkapiUnit(unit.getName(), texts, properties));
                }
            }
        }
        return units;
    }
}
