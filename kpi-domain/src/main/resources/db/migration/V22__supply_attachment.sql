-- Files attached to supply reports (PDF, .xlsx), kept in the database with the case. version_number is the filed
-- version the file belongs to; NULL while it waits, like a draft, for the report being prepared.
CREATE SEQUENCE supply_attachment_seq START WITH 1049 INCREMENT BY 50;

CREATE TABLE supply_attachment (
    id              BIGINT       NOT NULL PRIMARY KEY,
    case_number     VARCHAR(32)  NOT NULL,
    version_number  INTEGER,
    file_name       VARCHAR(255) NOT NULL,
    file_type       VARCHAR(16)  NOT NULL,
    size_bytes      BIGINT       NOT NULL,
    -- BYTEA: PostgreSQL's byte string; H2 takes it as BINARY VARYING
    content         BYTEA        NOT NULL,
    uploaded_by     VARCHAR(255) NOT NULL,
    uploaded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT supply_attachment_case_fk FOREIGN KEY (case_number) REFERENCES supply_case (case_number),
    CONSTRAINT supply_attachment_type_check CHECK (file_type IN ('PDF', 'XLSX')),
    CONSTRAINT supply_attachment_size_check CHECK (size_bytes > 0 AND size_bytes <= 10485760)
);
CREATE INDEX supply_attachment_case_idx ON supply_attachment (case_number, version_number);
