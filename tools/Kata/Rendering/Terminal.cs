namespace Katas.Tool.Rendering;

internal enum Style
{
    Plain,
    Bold,
    Dim,
    Red,
    Green,
    Yellow,
    Cyan,
}

/// <summary>Writes text, with ANSI colours when they are wanted (a terminal, and no NO_COLOR).</summary>
internal sealed class Terminal(TextWriter writer, bool color)
{
    public TextWriter Writer => writer;

    public bool Color => color;

    /// <summary>Colours on for an interactive terminal unless NO_COLOR is set (https://no-color.org).</summary>
    public static bool WantsColor(Cli.ColorMode mode, bool outputRedirected, string? noColor) => mode switch
    {
        Cli.ColorMode.Always => true,
        Cli.ColorMode.Never => false,
        _ => !outputRedirected && string.IsNullOrEmpty(noColor),
    };

    public void Write(string text, Style style = Style.Plain)
    {
        if (!color || style == Style.Plain)
        {
            writer.Write(text);
            return;
        }

        writer.Write(Code(style));
        writer.Write(text);
        writer.Write("\u001b[0m");
    }

    public void WriteLine(string text = "", Style style = Style.Plain)
    {
        Write(text, style);
        writer.WriteLine();
    }

    private static string Code(Style style) => style switch
    {
        Style.Bold => "\u001b[1m",
        Style.Dim => "\u001b[2m",
        Style.Red => "\u001b[31m",
        Style.Green => "\u001b[32m",
        Style.Yellow => "\u001b[33m",
        Style.Cyan => "\u001b[36m",
        _ => "",
    };
}
