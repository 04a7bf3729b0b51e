-- Reporting bodies and the other organisations users belong to (the 'org' claim of the token is the code).
CREATE SEQUENCE organisation_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE organisation (
    id               BIGINT       NOT NULL PRIMARY KEY,
    code             VARCHAR(64)  NOT NULL,
    kind             VARCHAR(32)  NOT NULL,
    name_ja          VARCHAR(200) NOT NULL,
    name_en          VARCHAR(200) NOT NULL,
    corporate_number CHAR(13),
    active           BOOLEAN      NOT NULL DEFAULT TRUE,
    version          INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT organisation_code_unique UNIQUE (code),
    CONSTRAINT organisation_kind_check CHECK (kind IN ('HUB', 'AMED', 'MINISTRY_DIVISION', 'SURVEY_BODY',
        'MANUFACTURER', 'INDUSTRY_ASSOCIATION', 'COMMITTEE'))
);
