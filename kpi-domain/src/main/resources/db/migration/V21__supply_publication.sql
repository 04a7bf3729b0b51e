-- Supply cases MHLW publishes on the public list of shortages and terminations (/public/supply.xhtml). A row is
-- a case on the list now; withdrawing removes it (the audit trail keeps who published and withdrew what, when).
CREATE TABLE supply_publication (
    case_number   VARCHAR(32)  NOT NULL PRIMARY KEY,
    -- MHLW chooses whether the public sees the manufacturer's name
    show_maker    BOOLEAN      NOT NULL,
    published_by  VARCHAR(255) NOT NULL,
    published_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT supply_publication_case_fk FOREIGN KEY (case_number) REFERENCES supply_case (case_number)
);
