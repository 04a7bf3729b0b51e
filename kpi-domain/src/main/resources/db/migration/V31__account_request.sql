-- Manufacturers ask for an account on the public page; a ministry officer approves or rejects the request.
CREATE SEQUENCE account_request_seq START WITH 1049 INCREMENT BY 50;

CREATE TABLE account_request (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    corporate_number   VARCHAR(13)   NOT NULL,
    company_name_ja    VARCHAR(200)  NOT NULL,
    company_name_en    VARCHAR(200),
    contact_last_name  VARCHAR(100)  NOT NULL,
    contact_first_name VARCHAR(100)  NOT NULL,
    email              VARCHAR(254)  NOT NULL,
    phone              VARCHAR(30)   NOT NULL,
    status             VARCHAR(32)   NOT NULL,
    submitted_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at         TIMESTAMP WITH TIME ZONE,
    decided_by         VARCHAR(255),
    rejection_reason   VARCHAR(1000),
    organisation_code  VARCHAR(64),
    username           VARCHAR(64),
    version            INTEGER       NOT NULL
);

CREATE INDEX account_request_corporate_number ON account_request (corporate_number);
CREATE INDEX account_request_status ON account_request (status);
