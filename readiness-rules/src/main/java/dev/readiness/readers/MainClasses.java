package dev.readiness.readers;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The classes of a build output that can be run: top-level public classes with {@code public static void
 * main(String[])}. Class files are read just far enough to see their methods; nothing is loaded or run.
 */
public final class MainClasses {

    private static final int MAGIC = 0xCAFEBABE;
    private static final int ACC_PUBLIC = 0x0001;
    private static final int ACC_STATIC = 0x0008;
    private static final String MAIN_DESCRIPTOR = "([Ljava/lang/String;)V";
    private static final List<String> ENTRY_SUFFIXES = List.of("cli", "main", "app", "application", "server", "service");

    private MainClasses() {
    }

    /**
     * Qualified names of the runnable classes under {@code outputDirectory}, the likeliest entry point first: names
     * ending in Cli, Main, App or Application before others, then alphabetically. Empty when the directory is missing.
     */
    public static List<String> find(Path outputDirectory) {
        if (!Files.isDirectory(outputDirectory)) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(outputDirectory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String relative = outputDirectory.relativize(file).toString().replace('\\', '/');
                String name = relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
                if (!name.contains("$") && !name.endsWith("module-info") && !name.endsWith("package-info") && hasMain(file)) {
                    found.add(name);
                }
            }
        } catch (IOException e) {
            return List.copyOf(found);
        }
        found.sort(Comparator.comparingInt(MainClasses::rank).thenComparing(Comparator.naturalOrder()));
        return List.copyOf(found);
    }

    private static int rank(String qualifiedName) {
        String simple = qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        for (int i = 0; i < ENTRY_SUFFIXES.size(); i++) {
            if (simple.endsWith(ENTRY_SUFFIXES.get(i))) {
                return i;
            }
        }
        return ENTRY_SUFFIXES.size();
    }

    /** True when the class file declares a public class with {@code public static void main(String[])}. */
    static boolean hasMain(Path classFile) {
        try (InputStream in = Files.newInputStream(classFile)) {
            return hasMain(new DataInputStream(in));
        } catch (IOException | IllegalArgumentException | IndexOutOfBoundsException e) {
            return false; // unreadable, truncated or not a class file: not something to run
        }
    }

    private static boolean hasMain(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC) {
            return false;
        }
        in.readUnsignedShort(); // minor version
        in.readUnsignedShort(); // major version
        String[] utf8 = readConstantPool(in);
        int classAccess = in.readUnsignedShort();
        in.readUnsignedShort(); // this class
        in.readUnsignedShort(); // super class
        skip(in, 2L * in.readUnsignedShort()); // interfaces
        int fields = in.readUnsignedShort();
        for (int i = 0; i < fields; i++) {
            skip(in, 6);
            skipAttributes(in);
        }
        int methods = in.readUnsignedShort();
        for (int i = 0; i < methods; i++) {
            int access = in.readUnsignedShort();
            String name = utf8[in.readUnsignedShort()];
            String descriptor = utf8[in.readUnsignedShort()];
            skipAttributes(in);
            if ("main".equals(name) && MAIN_DESCRIPTOR.equals(descriptor)
                    && (access & (ACC_PUBLIC | ACC_STATIC)) == (ACC_PUBLIC | ACC_STATIC)) {
                return (classAccess & ACC_PUBLIC) != 0;
            }
        }
        return false;
    }

    /** The constant pool's UTF-8 entries by index; other entries are skipped by their fixed sizes. */
    private static String[] readConstantPool(DataInputStream in) throws IOException {
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7, 8, 16, 19, 20 -> skip(in, 2);
                case 15 -> skip(in, 3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> skip(in, 4);
                case 5, 6 -> {
                    skip(in, 8);
                    i++; // longs and doubles take two entries
                }
                default -> throw new IllegalArgumentException("unknown constant pool tag " + tag);
            }
        }
        return utf8;
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        int attributes = in.readUnsignedShort();
        for (int i = 0; i < attributes; i++) {
            in.readUnsignedShort();
            skip(in, in.readInt() & 0xFFFFFFFFL);
        }
    }

    private static void skip(DataInputStream in, long bytes) throws IOException {
        long left = bytes;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new EOFException();
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }
}
