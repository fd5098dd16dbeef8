using System.Runtime.InteropServices;

namespace CareerBot.Hosting;

/// <summary>The C heap, under the managed one: the JIT compiles there, and compiling the recognizer models' largest
/// regexes takes tens of megabytes for a moment. glibc keeps what was freed inside its arenas, resident, unless asked
/// to give it back; <see cref="Trim"/> asks.</summary>
public static class NativeHeap
{
    /// <summary>Returns the C heap's free pages to the system (glibc's <c>malloc_trim</c>); false where there is no
    /// glibc to ask (another C library, another system). Takes milliseconds; call it when a burst of native work is
    /// over, not per request.</summary>
    public static bool Trim()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            _ = MallocTrim(0);
            return true;
        }
        catch (Exception exception) when (exception is EntryPointNotFoundException or DllNotFoundException)
        {
            // musl (Alpine) has no malloc_trim.
            return false;
        }
    }

    // DllImport, not LibraryImport: the signature is blittable, so no marshalling code (nor unsafe) is needed.
    [DllImport("libc", EntryPoint = "malloc_trim", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int MallocTrim(nuint pad);
}
