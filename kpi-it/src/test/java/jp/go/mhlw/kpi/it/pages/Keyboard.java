package jp.go.mhlw.kpi.it.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * A person working with the keyboard alone: the focus moves with Tab only, text is typed where the focus is, buttons
 * and links are pressed with Enter. Never a click, and never an element addressed directly: what cannot be reached by
 * Tab cannot be used.
 */
public class Keyboard {

    /** More than any page has between two fields of one task; a field further away is not reachable in practice. */
    private static final int MAX_TABS = 200;

    private final WebDriver driver;

    public Keyboard(WebDriver driver) {
        this.driver = driver;
    }

    /** The element with the focus. */
    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    public String focusedId() {
        String id = focused().getAttribute("id");
        return id == null ? "" : id;
    }

    /**
     * Presses Tab until the element whose id is {@code id} (or ends with ":" + id) has the focus, and checks that
     * the focus can be seen there.
     */
    public Keyboard tabTo(String id) {
        for (int tabs = 0; tabs < MAX_TABS; tabs++) {
            String focused = focusedId();
            if (focused.equals(id) || focused.endsWith(":" + id)) {
                assertThat(focusVisible()).as("the focus on " + focused + " can be seen").isTrue();
                return this;
            }
            press(Keys.TAB);
        }
        return fail("%s is not reached with %d presses of Tab (the focus ended on %s)", id, MAX_TABS, focusedId());
    }

    /** Replaces the focused field's text: select all, delete, type. */
    public Keyboard replaceText(String text) {
        press(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        return type(text);
    }

    public Keyboard type(String text) {
        press(text);
        return this;
    }

    /** Enter on the focused element: presses a button or follows a link. */
    public Keyboard enter() {
        press(Keys.ENTER);
        return this;
    }

    /** Moves a focused select menu down until it shows the option whose value is {@code value}. */
    public Keyboard chooseDown(String selectId, String value) {
        for (int presses = 0; presses < 30; presses++) {
            Object chosen = ((JavascriptExecutor) driver).executeScript(
                    "var s = document.getElementById(arguments[0]); return s ? s.value : null;", selectId);
            if (value.equals(chosen)) {
                Browser.awaitAjax(driver);
                return this;
            }
            press(Keys.ARROW_DOWN);
            Browser.awaitAjax(driver);
        }
        return fail("the option %s of %s is not reached with the arrow keys", value, selectId);
    }

    /** Keys pressed where the focus is (a chord such as Ctrl+A is released before the next key). */
    public Keyboard press(CharSequence... keys) {
        focused().sendKeys(keys);
        return this;
    }

    /** True when the focused element is drawn with an outline or a ring (a box shadow) that shows the focus. */
    public boolean focusVisible() {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("""
                var style = getComputedStyle(document.activeElement);
                return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0)
                    || (style.boxShadow && style.boxShadow !== 'none');"""));
    }

    /** The element the page's skip link leads to has the focus. */
    public boolean onMainContent() {
        return "main".equals(focusedId()) || !driver.findElements(By.cssSelector("main :focus")).isEmpty();
    }
}
