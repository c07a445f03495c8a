package org.copydesk.parser.internal.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.copydesk.parser.internal.structure.lines.Page;
import org.junit.jupiter.api.Test;

/**
 * The body runs over the whole story when the story breaks its text with lists, labels and tables (a guide, a
 * review), and still stops at share buttons, menus and teasers around it.
 */
class BodyStretchTest {

  private static final String FIRST = "The trail climbs for about six miles from the car park to the lake, and most "
      + "walkers who start early in the morning reach the water before the heat of the day.";
  private static final String SECOND = "The path is steep in places but well marked, and there is a spring halfway "
      + "up where you can fill your bottles if the weather has not been too dry.";
  private static final String THIRD = "Once you reach the lake, the best place to camp is on the far shore, where "
      + "the ground is flat and the wind from the ridge does not reach the tents.";
  private static final String FOURTH = "In the morning the light on the water is worth getting up for, and the walk "
      + "back down takes about half the time it took to climb up the day before.";

  @Test
  void listsOfPointsBetweenTheStorysParagraphsKeepTheStoryAfterThem() {
    String page = """
        The Lake Trail Guide

        %s

        %s

        What to pack

          • Warm sleeping bag rated below freezing
          • Water filter or purifying tablets
          • Headlamp with spare batteries
          • Map of the valley and compass
          • Rain jacket with a hood
          • Light stove with one gas can
          • Wool hat and thin gloves
          • Small trowel and paper bags
          • Sun cream and wide hat
          • Spare socks in dry bag
          • Small towel that dries fast
          • Lighter and spare matches
          • Blister plasters and tape
          • Light down jacket for evenings
          • Bag for all your rubbish

        What to leave behind

          • Heavy cotton clothing for evenings
          • Glass jars and tins of food
          • Portable speaker for the campsite
          • Second pair of hiking boots
          • Large folding chair for camp
          • Hard case for the phone
          • Big cooler full of ice
          • Tall tent for six people
          • Thick novel in hard covers
          • Loud whistle for the dog
          • Heavy lock for the car
          • Bottles of sparkling water
          • Laptop and its charger
          • Pillow from your own bed
          • Bright lantern for the tent

        %s

        %s
        """.formatted(FIRST, SECOND, THIRD, FOURTH);
    List<String> body = Read.body(Read.structure(page));
    assertTrue(body.containsAll(List.of(FIRST, SECOND, THIRD, FOURTH)), body.toString());
  }

  @Test
  void aLongRunOfLabelsAndShortItemsInsideTheStoryDoesNotCutIt() {
    StringBuilder table = new StringBuilder();
    for (int day = 1; day <= 40; day++) {
      table.append("Day ").append(day).append("     ").append(4 + day % 3).append(" miles\n");
    }
    String page = "The Lake Trail Guide\n\n" + FIRST + "\n\n" + SECOND + "\n\nDistances\n\n" + table + "\n" + THIRD
        + "\n\n" + FOURTH + "\n";
    List<String> body = Read.body(Read.structure(page));
    assertTrue(body.containsAll(List.of(FIRST, SECOND, THIRD, FOURTH)), body.toString());
  }

  @Test
  void shareButtonsAfterTheStoryStillEndIt() {
    String promo = "Our shop has everything you need for your next trip, and members get free delivery on every "
        + "order they place before the end of the month.";
    String page = """
        The Lake Trail Guide

        %s

        %s

        %s

        Share
        Facebook
        Twitter
        Email
        Print
        Share
        Facebook
        Twitter
        Email
        Print

        %s
        """.formatted(FIRST, SECOND, THIRD, promo);
    assertEquals(List.of(FIRST, SECOND, THIRD), Read.body(Read.structure(page)));
  }

  @Test
  void aMenuOfShortLinksBeforeTheStoryIsNotPartOfIt() {
    String page = """
          • Home
          • News
          • Travel
          • Food
          • Sport
          • Weather
          • Contact

        The Lake Trail Guide

        %s

        %s

        %s
        """.formatted(FIRST, SECOND, THIRD);
    assertEquals(List.of(FIRST, SECOND, THIRD), Read.body(Read.structure(page)));
  }

  @Test
  void aTitleAfterMostOfTheProseDoesNotOpenTheStory() {
    Page page = Page.read(FIRST + "\n\n" + SECOND + "\n\n" + THIRD + "\n\nLeave a note\n\n" + FOURTH + "\n");
    BodyRegion all = new BodyRegion(0, page.lines().size() - 1);
    assertTrue(BodyLocator.followsMostProse(page, all, 3));
    assertFalse(BodyLocator.followsMostProse(page, all, 0));
  }
}
