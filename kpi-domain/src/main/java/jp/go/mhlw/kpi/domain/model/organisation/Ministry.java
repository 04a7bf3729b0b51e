package jp.go.mhlw.kpi.domain.model.organisation;

import java.util.Locale;
import jp.go.mhlw.kpi.domain.shared.Labelled;
import jp.go.mhlw.kpi.domain.shared.Texts;

/** The ministries behind the hub and AMED programmes; their names are in the domain bundle. */
public enum Ministry implements Labelled {
    MHLW,
    METI,
    MEXT;

    @Override
    public String bundleKey() {
        return "organisation.ministry." + name();
    }

    public String getNameJa() {
        return label(Texts.JAPANESE);
    }

    /** The prefix the committee's material puts before programme names: "厚労・医療機器開発推進研究事業". */
    public String getShortNameJa() {
        return Texts.text(Texts.JAPANESE, bundleKey() + ".short");
    }

    public String getNameEn() {
        return label(Texts.ENGLISH);
    }

    public String name(Locale locale) {
        return label(locale);
    }
}
