package org.copydesk.parser.internal.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A page's language is guessed from the stop words of its prose, or from its script. */
class LanguageGuessTest {

  private static Optional<String> language(String text) {
    return Read.structure(text).language();
  }

  @Test
  void englishProseIsEnglish() {
    assertEquals(Optional.of("en"), language("""
        The council voted seven to two on Tuesday to approve the new budget after a long debate about the schools.

        Supporters said that the plan keeps the promises made to the parents and teachers of the town.
        """));
  }

  @Test
  void germanProseIsGerman() {
    assertEquals(Optional.of("de"), language("""
        Der Stadtrat hat am Dienstag mit sieben zu zwei Stimmen den neuen Haushalt beschlossen, \
        nach einer langen Debatte.

        Die Befürworter sagten, dass der Plan die Versprechen an die Eltern und die Lehrer der Stadt hält.
        """));
  }

  @Test
  void portugueseProseIsPortuguese() {
    assertEquals(Optional.of("pt"), language("""
        A câmara aprovou na terça-feira o novo orçamento por sete votos a dois, \
        depois de um longo debate sobre as escolas.

        Os defensores disseram que o plano cumpre as promessas feitas aos pais e aos professores da cidade.
        """));
  }

  @Test
  void hangulIsKorean() {
    assertEquals(Optional.of("ko"),
        language("시의회는 화요일 긴 논쟁 끝에 새 예산안을 찬성 칠 표 반대 두 표로 통과시켰다. 학교와 도로가 쟁점이었다.\n"));
  }

  @Test
  void tooLittleProseHasNoLanguage() {
    assertEquals(Optional.empty(), language("Home\n\nNews\n\nSport\n"));
  }
}
