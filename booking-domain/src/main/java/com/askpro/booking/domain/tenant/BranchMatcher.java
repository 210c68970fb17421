package com.askpro.booking.domain.tenant;

import com.askpro.booking.domain.availability.ServiceSelector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Domain service: which of a company's branches a caller means by what they said — a name, a
 * district, a street or a postcode. Both sides are folded the same way (case, accents, umlauts and
 * their spellings {@code ü}/{@code ue}/{@code u}, {@code ß}/{@code ss}: {@link ServiceSelector#normalize}),
 * and each spoken word is compared with the words of the branch's name, address and keywords: equal,
 * the beginning of one (at least four letters, "Oranien" for "Oranienstraße"), or — for words of five
 * letters or more — one typo away (two from eight letters on). A postcode or house number must be
 * equal. Filler words ("Filiale", "in", "the" …) count for nothing.
 *
 * <p>The branch with the most matched words wins; when several share the best count the answer is
 * {@link Match.Ambiguous} with them, and when no word matches it is {@link Match.NotFound}: the
 * matcher never guesses.
 */
public final class BranchMatcher {

    private static final Set<String> FILLER = Set.of(
            "filiale",
            "filialen",
            "standort",
            "salon",
            "branch",
            "location",
            "shop",
            "store",
            "laden",
            "praxis",
            "bitte",
            "please",
            "der",
            "die",
            "das",
            "dem",
            "den",
            "des",
            "the",
            "and",
            "und",
            "bei",
            "beim",
            "near",
            "nahe",
            "naehe",
            "nah",
            "ich",
            "mochte",
            "mochten",
            "want",
            "would",
            "like",
            "strasse",
            "str",
            "street");

    /** How a spoken branch was matched. */
    public sealed interface Match {
        record Selected(Branch branch) implements Match {}

        /** Several branches match equally well: the caller must choose among {@code candidates}. */
        record Ambiguous(List<Branch> candidates) implements Match {
            public Ambiguous {
                candidates = List.copyOf(candidates);
            }
        }

        /** Nothing said names a branch (or nothing was said). */
        record NotFound() implements Match {}
    }

    /**
     * The branch {@code spoken} names among {@code branches} (inactive ones are never chosen). A word
     * several branches share, such as the company's city, matches each of them: a spoken "Berlin"
     * with three Berlin branches is ambiguous, "Berlin Kreuzberg" is not.
     */
    public Match match(String spoken, List<Branch> branches) {
        List<Branch> active = branches.stream().filter(Branch::active).toList();
        List<String> said = words(spoken == null ? "" : spoken).stream()
                .filter(word ->
                        word.chars().allMatch(Character::isDigit) || (word.length() >= 3 && !FILLER.contains(word)))
                .toList();
        if (said.isEmpty() || active.isEmpty()) {
            return new Match.NotFound();
        }
        int best = 0;
        List<Branch> winners = new ArrayList<>();
        for (Branch branch : active) {
            int score = score(said, vocabulary(branch));
            if (score > best) {
                best = score;
                winners.clear();
            }
            if (score == best && score > 0) {
                winners.add(branch);
            }
        }
        if (winners.isEmpty()) {
            return new Match.NotFound();
        }
        if (winners.size() > 1) {
            return new Match.Ambiguous(
                    winners.stream().sorted(Comparator.comparing(Branch::name)).toList());
        }
        return new Match.Selected(winners.get(0));
    }

    private static int score(List<String> said, Set<String> vocabulary) {
        int score = 0;
        for (String word : said) {
            if (vocabulary.stream().anyMatch(known -> similar(word, known))) {
                score++;
            }
        }
        return score;
    }

    private static Set<String> vocabulary(Branch branch) {
        Set<String> words = new LinkedHashSet<>(words(branch.name()));
        if (branch.address() != null) {
            words.addAll(words(branch.address()));
        }
        branch.keywords().forEach(keyword -> words.addAll(words(keyword)));
        words.removeIf(FILLER::contains);
        return words;
    }

    private static List<String> words(String text) {
        String normalized = ServiceSelector.normalize(text);
        return normalized.isEmpty() ? List.of() : Arrays.asList(normalized.split(" "));
    }

    static boolean similar(String said, String known) {
        if (said.equals(known)) {
            return true;
        }
        if (said.chars().anyMatch(Character::isDigit) || known.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        if (said.length() >= 4 && known.length() >= 4 && (known.startsWith(said) || said.startsWith(known))) {
            return true;
        }
        int shorter = Math.min(said.length(), known.length());
        if (shorter < 5) {
            return false;
        }
        int allowed = shorter >= 8 ? 2 : 1;
        return Math.abs(said.length() - known.length()) <= allowed && distance(said, known, allowed) <= allowed;
    }

    /** Levenshtein distance, stopping early above {@code limit}. */
    private static int distance(String a, String b, int limit) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
