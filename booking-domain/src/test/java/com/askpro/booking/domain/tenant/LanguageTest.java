package com.askpro.booking.domain.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.askpro.booking.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void givenNoLanguageWhenParsedThenGerman(String code) {
        assertThat(Language.parse(code)).isEqualTo(Language.DE);
    }

    @ParameterizedTest
    @CsvSource({"de, DE", "DE, DE", "en, EN", "' En ', EN"})
    void givenKnownCodeWhenParsedThenThatLanguage(String code, Language expected) {
        assertThat(Language.parse(code)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "english", "d e"})
    void givenUnknownCodeWhenParsedThenRejectedListingTheOptions(String code) {
        assertThatThrownBy(() -> Language.parse(code))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("'de' or 'en'")
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("language");
    }

    @Test
    void givenLanguageWhenAskedForCodeThenLowerCaseAndParsesBack() {
        for (Language language : Language.values()) {
            assertThat(language.code()).isEqualTo(language.name().toLowerCase(java.util.Locale.ROOT));
            assertThat(Language.parse(language.code())).isEqualTo(language);
        }
    }
}
