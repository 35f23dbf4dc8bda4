package org.songngu.glossary;

import java.util.List;

/** A glossary read leniently, with the rows and files that were left out and why. */
public record GlossaryLoad(Glossary glossary, List<GlossaryFormatException> problems) {

    public GlossaryLoad {
        problems = List.copyOf(problems);
    }

    /** One line per problem, as a terminologist would fix it: {@code file:line: reason}. */
    public List<String> messages() {
        return problems.stream().map(Throwable::getMessage).toList();
    }
}
