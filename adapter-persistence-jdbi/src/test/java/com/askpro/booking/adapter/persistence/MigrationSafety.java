package com.askpro.booking.adapter.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The expand/contract rule of rolling deploys: while instances roll, the previous release runs on
 * the migrated database, so a migration may add (tables, nullable columns, columns with a default,
 * indexes) but not take away or change what the previous release reads or writes. This finds the
 * statements that do.
 */
final class MigrationSafety {

    /** A statement of {@code file} the previous release may not survive. */
    record Finding(String file, int line, String statement, String why) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + why + ": " + statement;
        }
    }

    private record Rule(Pattern pattern, String why) {}

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("\\bDROP\\s+(TABLE|COLUMN|VIEW|SEQUENCE|TYPE|SCHEMA)\\b"), "drops something"),
            new Rule(
                    Pattern.compile("\\bALTER\\s+TABLE\\s+\\S+\\s+DROP\\s+(?!CONSTRAINT|DEFAULT)\\w+"),
                    "drops a column"),
            new Rule(
                    Pattern.compile("\\bDROP\\s+CONSTRAINT\\b"),
                    "drops a constraint (the previous release may rely on it, e.g. for ON CONFLICT)"),
            new Rule(Pattern.compile("\\bRENAME\\b"), "renames something"),
            new Rule(
                    Pattern.compile("\\bALTER\\s+COLUMN\\s+\\S+\\s+(SET\\s+DATA\\s+)?TYPE\\b"),
                    "changes a column's type"),
            new Rule(Pattern.compile("\\bSET\\s+NOT\\s+NULL\\b"), "makes a column NOT NULL"),
            new Rule(
                    Pattern.compile(
                            "\\bADD\\s+(COLUMN\\s+)?(?!CONSTRAINT)\\S+\\s+[^,;]*\\bNOT\\s+NULL\\b(?![^,;]*\\bDEFAULT\\b)"),
                    "adds a NOT NULL column without a default (the previous release's inserts fail)"));

    private static final Pattern STATEMENT_END = Pattern.compile(";");

    private MigrationSafety() {}

    /** The findings in one migration's SQL (comments ignored; {@code CREATE TABLE} bodies are new, hence fine). */
    static List<Finding> check(String file, String sql) {
        List<Finding> findings = new ArrayList<>();
        String[] lines = sql.split("\n", -1);
        StringBuilder statement = new StringBuilder();
        int startLine = 1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replaceAll("--.*$", "");
            if (statement.toString().isBlank()) {
                startLine = i + 1;
            }
            statement.append(line).append('\n');
            Matcher end = STATEMENT_END.matcher(line);
            if (end.find() || i == lines.length - 1) {
                String text = statement.toString().strip().replaceAll("\\s+", " ");
                String upper = text.toUpperCase(Locale.ROOT);
                if (!upper.startsWith("CREATE TABLE") && !upper.isEmpty()) {
                    for (Rule rule : RULES) {
                        if (rule.pattern().matcher(upper).find()) {
                            findings.add(new Finding(file, startLine, text, rule.why()));
                            break;
                        }
                    }
                }
                statement.setLength(0);
            }
        }
        return findings;
    }
}
