package org.songngu.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates French provincial news articles for the quality benchmark: hand-written sentence
 * templates of the domain filled with Vietnamese names, places, numbers and dates, a few with
 * deliberate mistakes, and optionally the site's boilerplate lines that real articles repeat.
 * Deterministic for a seed. Not thread-safe.
 */
final class NewsTextGenerator {

    /** One generated article: its French sentences and the names its Vietnamese version holds. */
    record Article(List<String> sentences, List<String> names) {}

    private static final String[] PEOPLE = {
        "Nguyễn Tiến Thành",
        "Trần Văn Hùng",
        "Lê Thị Hoa",
        "Phạm Minh Chính",
        "Võ Văn Thưởng",
        "Đặng Quốc Khánh",
        "Bùi Thanh Sơn",
        "Hoàng Trung Hải",
        "Ngô Xuân Lịch",
        "Huỳnh Tấn Phát",
        "Đỗ Văn Chiến",
        "Dương Thanh Bình",
        "Lương Cường",
        "Trương Thị Mai",
        "Phan Văn Giang",
        "Vũ Đức Đam",
        "Đinh Tiến Dũng",
        "Nguyễn Xuân Phúc",
        "Hà Thị Nga",
        "Trịnh Văn Quyết",
        "Lý Quốc Tuấn",
        "Mai Văn Chính"
    };
    private static final String[] PLACES = {
        "Thái Bình",
        "Nam Định",
        "Hà Tĩnh",
        "Quảng Ninh",
        "Thanh Hóa",
        "Nghệ An",
        "Bắc Ninh",
        "Lào Cai",
        "Sơn La",
        "Điện Biên",
        "Cà Mau",
        "Bến Tre",
        "Long An",
        "Đồng Tháp",
        "Gia Lai",
        "Kon Tum",
        "Đắk Lắk",
        "Quảng Trị",
        "Hưng Yên",
        "Hải Dương",
        "Vĩnh Phúc",
        "Phú Thọ",
        "Tuyên Quang"
    };
    private static final String[] BODIES = {
        "le Comité provincial du Parti",
        "le Comité populaire provincial",
        "le Conseil populaire provincial",
        "le Front de la Patrie provincial",
        "la commission de mobilisation des masses",
        "le Service de l'Agriculture et du Développement rural",
        "l'Union des femmes provinciale",
        "l'Union de la jeunesse communiste Hô Chi Minh",
        "le Service du Plan et de l'Investissement"
    };
    private static final String[] TOPICS = {
        "la nouvelle ruralité",
        "la réduction durable de la pauvreté",
        "la transformation numérique",
        "la réforme administrative",
        "la mobilisation des masses",
        "la protection de l'environnement",
        "la prévention des catastrophes naturelles",
        "la sécurité alimentaire",
        "l'édification du Parti",
        "l'éducation et la formation",
        "la santé publique",
        "le tourisme communautaire"
    };
    private static final String[] MONTHS = {
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre"
    };
    private static final String[] TEMPLATES = {
        "Le {D}, {B} de {L} a tenu une réunion pour dresser le bilan des {N} premiers mois de l'année.",
        "Selon le rapport, la province de {L} a attiré {N} projets d'investissement direct étranger.",
        "Les autorités locales ont demandé aux services compétents de renforcer {T} dans les zones rurales.",
        "M. {P}, secrétaire du Comité provincial du Parti de {L}, a présidé la séance.",
        "Prenant la parole, M. {P} a souligné l'importance de {T} pour le développement de la province.",
        "Mme {P}, vice-présidente du Comité populaire provincial, a salué les efforts des habitants.",
        "En {M}, {L} a accueilli plus de {N} 000 touristes, soit une hausse de {N} % sur un an.",
        "La province compte désormais {N} communes répondant aux critères de {T}.",
        "Le taux de ménages pauvres a été ramené à {N},{N} % à la fin de l'année dernière.",
        "Les participants ont échangé leurs expériences sur {T} et proposé des solutions concrètes.",
        "{B} a remis {N} certificats de mérite à des collectifs et des individus exemplaires.",
        "À cette occasion, {B} a offert {N} cadeaux aux familles en difficulté de la commune.",
        "Le projet, d'un coût total de {N} milliards de dôngs, devrait être achevé en {M} prochain.",
        "Les travaux de construction de la route reliant {L} à {L2} ont commencé le {D}.",
        "D'après M. {P}, la priorité reste {T} et l'amélioration des conditions de vie de la population.",
        "La délégation de {L} a visité plusieurs coopératives agricoles du district.",
        "Les élèves de {N} écoles de la province ont participé au concours régional.",
        "Le secteur de la santé a organisé des consultations gratuites pour {N} personnes âgées.",
        "Il est nécessaire de mieux coordonner les actions des différents échelons administratifs, a-t-il estimé.",
        "La province de {L} s'est fixé pour objectif d'atteindre une croissance de {N} % cette année.",
        "Les exportations agricoles de {L} ont atteint {N} millions de dollars au cours des {N} derniers mois.",
        "Le Comité populaire de {L} a approuvé le plan de développement du tourisme pour la période {Y}-{Y2}.",
        "De nombreuses entreprises se sont engagées à soutenir {T} dans les districts montagneux.",
        "Les fortes pluies des derniers jours ont endommagé {N} maisons et {N} hectares de rizières.",
        "Les forces armées locales ont aidé les habitants à évacuer les zones menacées par les crues.",
        "Le président du Comité populaire provincial, M. {P}, a inspecté les travaux de digue.",
        "La conférence a réuni près de {N} délégués venus de {N} provinces et villes du pays.",
        "Selon Mme {P}, les femmes jouent un rôle essentiel dans {T}.",
        "Le programme vise à former {N} cadres de base d'ici à {Y2}.",
        "Cette politique a permis de créer des emplois stables pour {N} travailleurs ruraux.",
        "{B} a lancé une campagne d'émulation en faveur de {T}.",
        "Le district a inauguré un nouveau pont de {N} mètres de long sur la rivière.",
        "Les habitants de {L} se sont mobilisés pour planter {N} arbres le long des routes communales.",
        "La coopération avec les provinces du Laos voisin s'est renforcée ces dernières années.",
        "Les cadres de la commission de mobilisation des masses se rendent régulièrement dans les villages.",
        "Le modèle de mobilisation des masses qualifiée a été reproduit dans {N} communes.",
        "M. {P} a demandé de poursuivre la simplification des procédures administratives.",
        "La fête traditionnelle du village attire chaque année des milliers de visiteurs.",
        "Le marché de gros de {L} approvisionne les provinces du delta du fleuve Rouge.",
        "En {Y}, le revenu moyen par habitant de {L} a atteint {N} millions de dôngs.",
        // A few sentences with the mistakes a hurried translation makes.
        "Les habitants sont venus nombreux a la cérémonie d'inauguration.",
        "Les délégués ont adopté les résolution de la conférence.",
        "Le district a construit {N} nouvelles maison pour les familles pauvres.",
        "Les autorités a décidé de prolonger le programme jusqu'en {Y2}.",
        "Cette projet a été approuvé par le Comité populaire provincial.",
    };
    private static final String[] BOILERPLATE = {
        "Photo : VNA",
        "Source : VNA/CVN",
        "Le Courrier du Vietnam",
        "Lire aussi :",
        "Photo d'illustration : VNA",
        "Partager cet article"
    };

    private final Random random;
    private final boolean boilerplate;

    NewsTextGenerator(long seed, boolean boilerplate) {
        this.random = new Random(seed);
        this.boilerplate = boilerplate;
    }

    /** Articles totalling at least {@code sentences} French sentences. */
    List<Article> articles(int sentences) {
        List<Article> articles = new ArrayList<>();
        int total = 0;
        while (total < sentences) {
            Article article = article(20 + random.nextInt(20));
            articles.add(article);
            total += article.sentences().size();
        }
        return articles;
    }

    private Article article(int length) {
        String person = pick(PEOPLE);
        String place = pick(PLACES);
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            if (boilerplate && random.nextInt(5) == 0) {
                sentences.add(pick(BOILERPLATE));
            } else {
                sentences.add(fill(pick(TEMPLATES), person, place));
            }
        }
        return new Article(sentences, List.of(person, place));
    }

    /** One body sentence from a random template, about {@code person} and {@code place}. */
    String sentence(String person, String place) {
        return fill(pick(TEMPLATES), person, place);
    }

    private String fill(String template, String person, String place) {
        // The French version spells names without diacritics most of the time, as the site does.
        boolean folded = random.nextInt(4) != 0;
        return template.replace("{P}", folded ? withoutDiacritics(person) : person)
                .replace("{L2}", withoutDiacritics(pick(PLACES)))
                .replace("{L}", folded ? withoutDiacritics(place) : place)
                .replace("{B}", pick(BODIES))
                .replace("{T}", pick(TOPICS))
                .replace("{M}", pick(MONTHS))
                .replace("{D}", (1 + random.nextInt(28)) + " " + pick(MONTHS))
                .replace("{Y2}", String.valueOf(2025 + random.nextInt(6)))
                .replace("{Y}", String.valueOf(2015 + random.nextInt(10)))
                .transform(this::numbers)
                .transform(NewsTextGenerator::capitaliseFirst);
    }

    private String numbers(String text) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (int at = text.indexOf("{N}"); at >= 0; at = text.indexOf("{N}", from)) {
            out.append(text, from, at).append(2 + random.nextInt(998));
            from = at + 3;
        }
        return out.append(text.substring(from)).toString();
    }

    private static String withoutDiacritics(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.split(" ")) {
            String folded = org.songngu.corpus.AccentFolding.fold(word);
            out.append(out.length() == 0 ? "" : " ")
                    .append(Character.toUpperCase(folded.charAt(0)))
                    .append(folded.substring(1));
        }
        return out.toString();
    }

    private static String capitaliseFirst(String sentence) {
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
