package org.warraq.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordSegmenterTest {

  @Test
  void lettersDigitsAndMarksAreClassifiedAsCharacterSaysForEveryCodePoint() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      assertEquals(WordSegmenter.kindByType(cp), WordSegmenter.kindOf(cp), "U+" + Integer.toHexString(cp));
    }
  }

  @Test
  void wordsAreRunsOfLettersOrOfDigitsWithTheirCombiningMarks() {
    String text = "قُتل 37 من داعش، covid19 و٣٧";
    List<String> words = WordSegmenter.split(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    assertEquals(List.of("قُتل", "37", "من", "داعش", "covid", "19", "و", "٣٧"), words);
  }
}
