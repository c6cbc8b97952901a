package dk.hoeringssvar.render.docx;

import dk.hoeringssvar.document.Block;
import dk.hoeringssvar.render.StyleSheet;
import dk.hoeringssvar.theme.Rgb;
import java.io.IOException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import javax.xml.namespace.QName;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;

/**
 * A chart as a native Word chart: horizontal stacked bars, one category per row (the first on top),
 * one series per stance in the style sheet's palette, the legend at the bottom, and the chart's data in
 * an embedded workbook so Word can edit it. The title goes under the chart as a Caption paragraph.
 */
final class ChartWriter {

    /** Room for the legend and the value axis labels below the plot area, in body font sizes. */
    private static final double LEGEND_LINES = 4;
    private static final int STACKED_OVERLAP = 100;
    private static final int GAP_WIDTH_PERCENT = 60;

    private final XWPFDocument document;
    private final StyleSheet sheet;
    private final RunWriter runs;
    private final Instant timestamp;

    ChartWriter(XWPFDocument document, StyleSheet sheet, RunWriter runs, Instant timestamp) {
        this.document = document;
        this.sheet = sheet;
        this.runs = runs;
        this.timestamp = timestamp;
    }

    void write(Block.Chart chart, BodyTarget target) throws IOException, InvalidFormatException {
        XWPFParagraph paragraph = target.paragraph();
        Formats.singleSpacing(paragraph.getCTPPr(), sheet.blockGap(), 0);
        paragraph.getCTPPr().addNewKeepNext();
        XWPFRun run = runs.run(paragraph, false, false);
        double width = target.width();
        double height = sheet.chartHeight() + LEGEND_LINES * sheet.body().size();
        XWPFChart word = document.createChart(run, Measure.emu(width), Measure.emu(height));
        plot(word, chart);
        CTInline inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
        inline.getDocPr().setDescr(XmlText.clean(chart.altText()));
        inline.getDocPr().setTitle(XmlText.clean(chart.title()));

        XWPFParagraph caption = target.paragraph();
        caption.setStyle(DocxStyle.CAPTION.id());
        runs.plain(caption, chart.title());
    }

    private void plot(XWPFChart word, Block.Chart chart) throws IOException, InvalidFormatException {
        word.setAutoTitleDeleted(true);
        XDDFCategoryAxis categoryAxis = word.createCategoryAxis(AxisPosition.LEFT);
        // Bars read top-down in the categories' order; the value axis then belongs at the far end.
        categoryAxis.setOrientation(AxisOrientation.MAX_MIN);
        XDDFValueAxis valueAxis = word.createValueAxis(AxisPosition.BOTTOM);
        valueAxis.setCrosses(AxisCrosses.MAX);
        valueAxis.setMinimum(0);

        XDDFBarChartData bars = (XDDFBarChartData) word.createData(ChartTypes.BAR, categoryAxis, valueAxis);
        bars.setBarDirection(BarDirection.BAR);
        bars.setBarGrouping(BarGrouping.STACKED);
        bars.setVaryColors(false);
        // poi-ooxml-lite lacks the compiled union types of c:overlap and c:gapWidth (ST_OverlapPercent,
        // ST_GapAmountPercent): setOverlap/setGapWidth fail there, so write the attributes as text.
        CTBarChart ct = word.getCTChart().getPlotArea().getBarChartArray(0);
        value(ct.isSetOverlap() ? ct.getOverlap() : ct.addNewOverlap(), STACKED_OVERLAP);
        value(ct.isSetGapWidth() ? ct.getGapWidth() : ct.addNewGapWidth(), GAP_WIDTH_PERCENT);

        int rows = chart.categories().size();
        String sheetName = word.getWorkbook().getSheetAt(0).getSheetName();
        String[] categories = chart.categories().stream().map(XmlText::clean).toArray(String[]::new);
        XDDFDataSource<String> categoryData = XDDFDataSourcesFactory.fromArray(categories,
                word.formatRange(new CellRangeAddress(1, Math.max(1, rows), 0, 0)), 0);
        List<Rgb> palette = sheet.chartPalette();
        for (int s = 0; s < chart.series().size(); s++) {
            Block.ChartSeries series = chart.series().get(s);
            Integer[] values = series.values().toArray(Integer[]::new);
            XDDFNumericalDataSource<Integer> valueData = XDDFDataSourcesFactory.fromArray(values,
                    word.formatRange(new CellRangeAddress(1, Math.max(1, rows), s + 1, s + 1)), s + 1);
            XDDFChartData.Series bar = bars.addSeries(categoryData, valueData);
            bar.setTitle(XmlText.clean(series.name()), new CellReference(sheetName, 0, s + 1, true, true));
            Rgb colour = palette.get(s % palette.size());
            bar.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb(colour))));
        }
        word.plot(bars);
        // Header row of the embedded sheet: the series names the titles refer to.
        XSSFSheet data = word.getWorkbook().getSheetAt(0);
        XSSFRow header = data.getRow(0) != null ? data.getRow(0) : data.createRow(0);
        for (int s = 0; s < chart.series().size(); s++) {
            header.createCell(s + 1).setCellValue(XmlText.clean(chart.series().get(s).name()));
        }
        word.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        // The embedded workbook is a package of its own: give it the document's time, not the clock's.
        word.getWorkbook().getProperties().getCoreProperties().setCreated(Optional.of(Date.from(timestamp)));
    }

    private static void value(XmlObject element, int value) {
        try (XmlCursor cursor = element.newCursor()) {
            cursor.setAttributeText(new QName("val"), String.valueOf(value));
        }
    }

    private static byte[] rgb(Rgb colour) {
        return new byte[] {(byte) colour.red(), (byte) colour.green(), (byte) colour.blue()};
    }
}
