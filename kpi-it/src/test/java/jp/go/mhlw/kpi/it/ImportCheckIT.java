package jp.go.mhlw.kpi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import jp.go.mhlw.kpi.it.pages.Browser;
import jp.go.mhlw.kpi.it.pages.HomePage;
import jp.go.mhlw.kpi.it.pages.ImportCheckPage;
import jp.go.mhlw.kpi.it.pages.KeycloakLoginPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * AMED's reporter checks a theme list in the browser: row-level problems, then the figures it yields, against the
 * reference date as typed.
 */
@ExtendWith(ArquillianExtension.class)
class ImportCheckIT {

    private static final String HEADER = "事業名,課題名,重点分野,採択時ステージ,現在のステージ,単年度予算額（千円）,採択日\n";

    @TempDir
    Path files;

    private WebDriver driver;
    private String testName;

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return TestServers.builtEar();
    }

    @BeforeEach
    void startBrowser(TestInfo info) {
        driver = Browser.start();
        testName = info.getTestMethod().orElseThrow().getName();
    }

    @AfterEach
    void stopBrowser() {
        Browser.screenshot(driver, testName);
        driver.quit();
    }

    @Test
    void aBadFileIsListedByRowAndColumnAndAGoodOneShowsTheFocusAreaFigures() throws IOException {
        driver.get(TestServers.BASE_URL + "/amed/index.xhtml");
        new KeycloakLoginPage(driver).logIn("amed1", TestServers.DEMO_PASSWORD);
        new HomePage(driver);
        driver.findElement(By.cssSelector("[id$='toImport']")).click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[type=file]")));

        upload(csv("bad.csv", HEADER
                + "事業A,課題1,1,1,2,1000,2022-01-01\n"
                + "事業A,課題2,9,1,2,千円,2022-01-01\n"));
        String problems = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id$='problems']"))).getText();
        assertThat(problems).contains("重点分野").contains("単年度予算額（千円）").contains("整数ではありません").contains("3");
        Browser.screenshot(driver, testName + "-problems");

        upload(csv("good.csv", HEADER
                + "事業A,課題1,1,1,2,1000,2022-01-01\n"
                + "事業A,課題2,2,2,上市,3000,2020-04-01\n"));
        String count = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("recordCount"))).getText();
        assertThat(count).endsWith("2");
        String page = driver.findElement(By.tagName("main")).getText();
        assertThat(page).contains("重点分野1").doesNotContain("(FA1)").contains("2,000千円").contains("100.0%")
                .contains("50.0%").contains("2 / 2").contains("1 / 2");
    }

    @Test
    void theResultStatesTheDatesUsedAndAFileTheBrowserRefusesClearsThePreviousResult() throws IOException {
        driver.get(TestServers.BASE_URL + "/login");
        new KeycloakLoginPage(driver).logIn("amed1", TestServers.DEMO_PASSWORD);
        new HomePage(driver);
        driver.get(TestServers.BASE_URL + "/import/index.xhtml");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[type=file]")));

        upload(csv("good.csv", HEADER
                + "事業A,課題1,1,臨床,非臨床,1000,2022-01-01\n"
                + "事業A,課題2,2,開発研究,上市,3000,2020-04-01\n"));
        String referenceDate = LocalDate.of(LocalDate.now().getYear(), 1, 1).toString();
        assertThat(driver.findElement(By.cssSelector("[id$='datesUsed']")).getText())
                .contains("調査基準日 " + referenceDate).contains(LocalDate.now(ZoneId.of("Asia/Tokyo")).toString());
        assertThat(driver.findElement(By.cssSelector("[id$='warnings']")).getText())
                .contains("2").contains("現在のステージ").contains("ステージアップには数えません");
        assertThat(driver.findElement(By.id("recordCount")).getText()).endsWith("2");

        StringBuilder tooLarge = new StringBuilder(HEADER);
        while (tooLarge.length() < 6 * 1024 * 1024) {
            tooLarge.append("事業A,課題,1,1,2,1000,2022-01-01\n");
        }
        upload(csv("too-large.csv", tooLarge.toString()));
        String refused = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id$='problems']"))).getText();
        assertThat(refused).contains("上限 5 MB").doesNotContain("Invalid");
        assertThat(driver.findElements(By.id("recordCount"))).isEmpty();
        assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain("good.csv").doesNotContain("2,000千円");

        upload(csv("notes.txt", "a note"));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id$='problems']"))).getText())
                .contains(".xlsx または .csv").doesNotContain("Invalid");
    }

    /**
     * The reference date is typed, never picked: the figures follow it, in each form people type it, and a text that
     * is no date is refused at the field and nothing is computed. The themes were adopted on 2019-04-01, 2020-09-01
     * and 2021-01-15; a theme is mature a year after adoption. The field's own starting date (1 January of this
     * year) would count all three as mature, so a count of one or two can only come from the date typed.
     */
    @Test
    void theFiguresUseTheReferenceDateAsTypedInEveryForm() throws IOException {
        ImportCheckPage check = openImportCheck();
        Path themes = csv("themes.csv", HEADER
                + "事業A,課題1,1,1,2,1000,2019-04-01\n"
                + "事業A,課題2,2,2,上市,3000,2020-09-01\n"
                + "事業B,課題3,1,1,1,2000,2021-01-15\n");

        check.typeReferenceDate("2021-06-30").check(themes);
        assertThat(check.referenceDateShown()).isEqualTo("2021-06-30");
        assertThat(check.themes()).isEqualTo(3);
        assertThat(check.matureThemes()).as("mature on 2021-06-30: adopted by 2020-06-30").isEqualTo(1);

        // the Japanese era form: the field shows the day it was read as, and the figures follow it
        check.typeReferenceDate("令和3年12月31日");
        assertThat(check.referenceDateShown()).isEqualTo("2021-12-31");
        assertThat(check.hasResult()).as("figures of the former date are not left beside the new one").isFalse();
        check.check(themes);
        assertThat(check.matureThemes()).as("mature on 2021-12-31: adopted by 2020-12-31").isEqualTo(2);

        check.typeReferenceDate("R3.6.30").check(themes);
        assertThat(check.referenceDateShown()).isEqualTo("2021-06-30");
        assertThat(check.matureThemes()).isEqualTo(1);
        Browser.screenshot(driver, testName + "-typed");

        // no such day: refused at the field with the forms accepted, and the file is not checked against any date
        check.typeReferenceDate("2021/2/30");
        assertThat(check.isReferenceDateRefused()).isTrue();
        assertThat(check.messages()).contains("「2021/2/30」は日付として読めません").contains("2025/1/31")
                .contains("令和7年1月31日").contains("R7.1.31");
        check.checkRefused(themes);
        assertThat(check.hasResult()).isFalse();
        // the picker empties a text it cannot read, so the upload is refused for the missing date, at the field
        assertThat(check.messages()).contains("調査基準日");
    }

    @Test
    void aManufacturerIsRefusedTheImportCheck() {
        driver.get(TestServers.BASE_URL + "/login");
        new KeycloakLoginPage(driver).logIn("maker-a", TestServers.DEMO_PASSWORD);
        new HomePage(driver);
        driver.get(TestServers.BASE_URL + "/import/index.xhtml");

        assertThat(new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("errorTitle"))).getText()).contains("403");
    }

    /** AMED's reporter on the import check, reached from the home page. */
    private ImportCheckPage openImportCheck() {
        driver.get(TestServers.BASE_URL + "/amed/index.xhtml");
        new KeycloakLoginPage(driver).logIn("amed1", TestServers.DEMO_PASSWORD);
        new HomePage(driver);
        driver.findElement(By.cssSelector("[id$='toImport']")).click();
        return new ImportCheckPage(driver);
    }

    private Path csv(String name, String content) throws IOException {
        return Files.writeString(files.resolve(name), content, StandardCharsets.UTF_8);
    }

    private void upload(Path file) {
        // the result of the previous upload goes away first, so waiting for the new one cannot see the old
        driver.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[id$='fileName']"), file.getFileName().toString()));
    }
}
