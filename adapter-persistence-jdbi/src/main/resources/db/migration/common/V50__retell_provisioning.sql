-- Retell onboarding (docs/retell.md): what each branch is provisioned as in Retell, written in
-- one statement after every Retell call of a provisioning run succeeded, and each company's
-- Retell settings (voice, SIP trunk for importing numbers).
CREATE TABLE retell_branch_bindings (
    company_id     uuid                     NOT NULL REFERENCES companies (id),
    branch_id      uuid                     NOT NULL REFERENCES branches (id),
    llm_id         varchar(128)             NOT NULL,
    agent_id       varchar(128)             NOT NULL,
    agent_version  integer,
    phone_numbers  varchar(2000)            NOT NULL,
    provisioned_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (company_id, branch_id)
);

CREATE TABLE retell_company_settings (
    company_id          uuid          NOT NULL PRIMARY KEY REFERENCES companies (id),
    voice_id            varchar(200),
    sip_termination_uri varchar(500)
);
