package jp.go.mhlw.kpi.domain.model.organisation;

import java.util.Locale;

/** The ministries behind the hub and AMED programmes. */
public enum Ministry {
    MHLW("厚生労働省", "厚労", "Ministry of Health, Labour and Welfare"),
    METI("経済産業省", "経産", "Ministry of Economy, Trade and Industry"),
    MEXT("文部科学省", "文科", "Ministry of Education, Culture, Sports, Science and Technology");

    private final String nameJa;
    private final String shortNameJa;
    private final String nameEn;

    Ministry(String nameJa, String shortNameJa, String nameEn) {
        this.nameJa = nameJa;
        this.shortNameJa = shortNameJa;
        this.nameEn = nameEn;
    }

    public String getNameJa() {
        return nameJa;
    }

    /** The prefix the committee's material puts before programme names: "厚労・医療機器開発推進研究事業". */
    public String getShortNameJa() {
        return shortNameJa;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String name(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? nameEn : nameJa;
    }
}
