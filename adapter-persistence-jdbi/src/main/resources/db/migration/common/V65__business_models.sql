-- Business models (issue 18, docs/business-models.md).
-- A hotline number belongs to the whole company: phone_numbers.branch_id null. The composite
-- branch foreign key does not check a row without branch, so the company gets its own key.
ALTER TABLE phone_numbers ALTER COLUMN branch_id DROP NOT NULL;
ALTER TABLE phone_numbers ADD CONSTRAINT phone_numbers_company_fk FOREIGN KEY (company_id) REFERENCES companies (id);

-- A call to a hotline has no branch until the caller chooses one.
ALTER TABLE calls ALTER COLUMN branch_id DROP NOT NULL;

-- keywords: words that help a hotline caller choose the branch, one per line (each is one line of text);
-- assignment: EARLIEST, BALANCED or BEST_SKILL (how free staff are picked).
ALTER TABLE branches ADD COLUMN keywords text NOT NULL DEFAULT '';
ALTER TABLE branches ADD COLUMN assignment varchar(16) NOT NULL DEFAULT 'EARLIEST';

-- Per staff member and service: an own duration (null: the service's) and a level 1-3.
-- Every skill's service is also in staff_services (a skill implies the service).
CREATE TABLE staff_skills (
    staff_id         uuid    NOT NULL,
    service_id       uuid    NOT NULL,
    company_id       uuid    NOT NULL,
    duration_minutes integer,
    level            integer NOT NULL,
    PRIMARY KEY (staff_id, service_id),
    CONSTRAINT staff_skills_staff_fk FOREIGN KEY (company_id, staff_id)
        REFERENCES staff (company_id, id) ON DELETE CASCADE,
    CONSTRAINT staff_skills_service_fk FOREIGN KEY (company_id, service_id)
        REFERENCES services (company_id, id) ON DELETE CASCADE,
    CONSTRAINT staff_skills_level_ck CHECK (level BETWEEN 1 AND 3),
    CONSTRAINT staff_skills_duration_ck CHECK (duration_minutes IS NULL OR duration_minutes BETWEEN 1 AND 1440)
);
