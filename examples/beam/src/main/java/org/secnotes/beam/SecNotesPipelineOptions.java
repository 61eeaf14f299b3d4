package org.secnotes.beam;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;

/**
 * The options of {@link SecNotesPipeline}, besides Beam's own ({@code --runner} and the runner's).
 */
public interface SecNotesPipelineOptions extends PipelineOptions {

    /** @return the sources: folders, files or globs, separated by commas */
    @Description("Sources: folders (searched for *.md), files or globs such as gs://bucket/notes/A/**.md, separated by commas")
    @Validation.Required
    String getInput();

    /** @param value the sources */
    void setInput(String value);

    /** @return the output folder */
    @Description("Output folder: a path, or a URL such as gs://bucket/out")
    @Validation.Required
    String getOutput();

    /** @param value the output folder */
    void setOutput(String value);

    /** @return the languages to render, such as en,es; empty for all */
    @Description("Languages to render, such as en,es (default: every language a note has)")
    @Default.String("")
    String getLang();

    /** @param value the languages */
    void setLang(String value);

    /** @return the formats to render */
    @Description("Formats: md, pdf (default: both)")
    @Default.String("md,pdf")
    String getFormat();

    /** @param value the formats */
    void setFormat(String value);

    /** @return how many dead letters the run may have and still exit 0 */
    @Description("How many failed sources or outputs still give exit status 0 (default 0)")
    @Default.Integer(0)
    int getMaxFailures();

    /** @param value the number */
    void setMaxFailures(int value);
}
