package jp.go.mhlw.kpi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import jp.go.mhlw.kpi.it.pages.Browser;
import jp.go.mhlw.kpi.it.pages.HomePage;
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

/** AMED's reporter checks a theme list in the browser: row-level problems, then the figures it yields. */
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
        assertThat(page).contains("重点分野1 (FA1)").contains("2,000千円").contains("100.0%").contains("50.0%");
    }

    @Test
    void aManufacturerIsRefusedTheImportCheck() {
        driver.get(TestServers.BASE_URL + "/import/index.xhtml");
        new KeycloakLoginPage(driver).logIn("maker-a", TestServers.DEMO_PASSWORD);
        new HomePage(driver);
        driver.get(TestServers.BASE_URL + "/import/index.xhtml");

        assertThat(new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("errorTitle"))).getText()).contains("403");
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
