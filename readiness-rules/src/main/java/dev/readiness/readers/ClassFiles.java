package dev.readiness.readers;

import dev.readiness.core.Evidence;
import dev.readiness.core.Location;
import dev.readiness.facts.ClassReferences;
import dev.readiness.facts.Workspace;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads the constant pools of class files into {@link ClassReferences}: class entries and the types named in
 * descriptors and signatures (annotations, parameter and field types). Nothing is loaded or run; each file is read
 * whole but at most {@link #MAX_CLASS_BYTES}, and a file that is not a well-formed class file is unreadable evidence
 * naming it, never a crash or an endless loop.
 */
public final class ClassFiles {

    private ClassFiles() {
    }

    /** Larger files are not class files a compiler wrote (the JVM's limits keep real ones far below). */
    public static final long MAX_CLASS_BYTES = 16L * 1024 * 1024;

    private static final int MAGIC = 0xCAFEBABE;
    /** Where a multi-release jar keeps the classes for a newer Java, a directory per version. */
    private static final String VERSIONS = "META-INF/versions/";

    /** Reads every class file under the build output; no output directory is a module without main classes. */
    public static Evidence<ClassReferences> read(Path outputDirectory) {
        if (!Files.isDirectory(outputDirectory)) {
            return Evidence.of(new ClassReferences(outputDirectory, Map.of()));
        }
        List<Path> classFiles;
        try (Stream<Path> files = Files.walk(outputDirectory)) {
            classFiles = files.filter(f -> f.getFileName().toString().endsWith(".class") && Files.isRegularFile(f))
                    .sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            return Evidence.missing("cannot list the class files in " + outputDirectory + ": " + e.getMessage(),
                    "check the directory's permissions", Location.of(outputDirectory));
        }
        Set<String> own = new TreeSet<>();
        Map<String, String> referencedBy = new LinkedHashMap<>();
        for (Path file : classFiles) {
            String relative = outputDirectory.relativize(file).toString().replace('\\', '/');
            String internal = relative.substring(0, relative.length() - ".class".length());
            // A multi-release class: the same class as its base version, for a newer Java.
            internal = withoutVersionDirectory(internal);
            own.add(internal);
            List<String> references;
            try {
                references = references(bytes(file));
            } catch (MalformedClassException e) {
                return Evidence.missing(file + " is not a readable class file: " + e.getMessage(),
                        "rebuild the module (mvn clean verify); the file is truncated or was not written by a compiler",
                        Location.of(file));
            } catch (IOException e) {
                return Evidence.missing("cannot read the class file " + file + ": " + Workspace.why(e),
                        "check the file's permissions", Location.of(file));
            }
            String className = internal.replace('/', '.');
            for (String reference : references) {
                referencedBy.putIfAbsent(reference, className);
            }
        }
        referencedBy.keySet().removeAll(own);
        return Evidence.of(new ClassReferences(outputDirectory, referencedBy));
    }

    /**
     * The packages ({@code org/junit/jupiter/api}, internal form) of the classes in a library: a jar, or the class
     * directory of a module of the same build. Only the archive's directory is read.
     */
    public static Evidence<Set<String>> packagesIn(Path library) {
        Set<String> packages = new TreeSet<>();
        try {
            if (Files.isDirectory(library)) {
                try (Stream<Path> files = Files.walk(library)) {
                    files.map(f -> library.relativize(f).toString().replace('\\', '/')).forEach(name -> addPackage(name, packages));
                }
            } else {
                try (ZipFile zip = new ZipFile(library.toFile())) {
                    zip.stream().map(ZipEntry::getName).forEach(name -> addPackage(name, packages));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return Evidence.missing("cannot read the library " + library + ": " + e.getMessage(),
                    "check that the local repository is readable, or delete the file so that Maven downloads it again",
                    Location.of(library));
        }
        return Evidence.of(Set.copyOf(packages));
    }

    private static void addPackage(String entry, Set<String> packages) {
        if (entry.endsWith(".class") && !entry.endsWith("module-info.class")) {
            String name = withoutVersionDirectory(entry);
            packages.add(ClassReferences.packageOf(name.substring(0, name.length() - ".class".length())));
        }
    }

    /**
     * The name without a multi-release jar's {@code META-INF/versions/<n>/} (a class for a newer Java, the same class as
     * its base version). By hand, not by regular expression: this runs for every entry of a library.
     */
    static String withoutVersionDirectory(String name) {
        if (!name.startsWith(VERSIONS)) {
            return name;
        }
        int i = VERSIONS.length();
        while (i < name.length() && name.charAt(i) >= '0' && name.charAt(i) <= '9') {
            i++;
        }
        return i > VERSIONS.length() && i < name.length() && name.charAt(i) == '/' ? name.substring(i + 1) : name;
    }

    private static byte[] bytes(Path file) throws IOException, MalformedClassException {
        long size = Files.size(file);
        if (size > MAX_CLASS_BYTES) {
            throw new MalformedClassException(size + " bytes, more than the " + (MAX_CLASS_BYTES >> 20)
                    + " MiB of any class file a compiler writes");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes((int) MAX_CLASS_BYTES + 1);
        }
    }

    /**
     * The classes a class file names in its constant pool (its own name and its super classes included), in internal
     * form, array types reduced to their element type.
     */
    static List<String> references(byte[] classFile) throws MalformedClassException {
        ByteBuffer in = ByteBuffer.wrap(classFile);
        try {
            if (classFile.length < 4 || in.getInt() != MAGIC) {
                throw new MalformedClassException("it does not start with 0xCAFEBABE");
            }
            in.getShort(); // minor version
            in.getShort(); // major version
            int count = Short.toUnsignedInt(in.getShort());
            String[] utf8 = new String[count];
            int[] classNames = new int[count];
            int classes = 0;
            for (int i = 1; i < count; i++) {
                int tag = Byte.toUnsignedInt(in.get());
                switch (tag) {
                    case 1 -> utf8[i] = modifiedUtf8(in);
                    case 7 -> classNames[classes++] = Short.toUnsignedInt(in.getShort());
                    case 8, 16, 19, 20 -> skip(in, 2);
                    case 15 -> skip(in, 3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> skip(in, 4);
                    case 5, 6 -> {
                        skip(in, 8);
                        i++; // longs and doubles take two entries
                    }
                    default -> throw new MalformedClassException("constant pool entry " + i + " has the unknown tag " + tag);
                }
            }
            Set<String> names = new TreeSet<>();
            for (int c = 0; c < classes; c++) {
                int index = classNames[c];
                if (index <= 0 || index >= count || utf8[index] == null) {
                    throw new MalformedClassException("a class entry names constant " + index + ", which is not text");
                }
                String name = utf8[index];
                if (name.startsWith("[")) {
                    descriptorTypes(name, names);
                } else {
                    names.add(name);
                }
            }
            for (String text : utf8) {
                if (text != null) {
                    descriptorTypes(text, names);
                }
            }
            return new ArrayList<>(names);
        } catch (BufferUnderflowException e) {
            throw new MalformedClassException("it ends in the middle of its constant pool");
        }
    }

    /** The {@code Lpkg/Name;} types of a descriptor or signature ({@code (Lorg/junit/Foo;)V}); nothing for other text. */
    private static void descriptorTypes(String text, Set<String> names) {
        int at = text.indexOf('L');
        while (at >= 0) {
            int end = at + 1;
            boolean slash = false;
            while (end < text.length() && isNameChar(text.charAt(end))) {
                slash |= text.charAt(end) == '/';
                end++;
            }
            if (slash && end < text.length() && end > at + 1 && (text.charAt(end) == ';' || text.charAt(end) == '<')) {
                names.add(text.substring(at + 1, end));
            }
            at = text.indexOf('L', Math.max(end, at + 1));
        }
    }

    private static boolean isNameChar(char c) {
        return c != ';' && c != '<' && c != '>' && c != '.' && c != '[' && c != '(' && c != ')' && c != ':'
                && !Character.isWhitespace(c);
    }

    private static String modifiedUtf8(ByteBuffer in) throws MalformedClassException {
        int length = Short.toUnsignedInt(in.getShort());
        if (length > in.remaining()) {
            throw new MalformedClassException("a text constant of " + length + " bytes runs past the end of the file");
        }
        byte[] entry = new byte[length + 2];
        entry[0] = (byte) (length >> 8);
        entry[1] = (byte) length;
        in.get(entry, 2, length);
        try {
            return new DataInputStream(new ByteArrayInputStream(entry)).readUTF();
        } catch (IOException e) {
            throw new MalformedClassException("a text constant is not modified UTF-8");
        }
    }

    private static void skip(ByteBuffer in, int bytes) {
        if (bytes > in.remaining()) {
            throw new BufferUnderflowException();
        }
        in.position(in.position() + bytes);
    }

    /** A class file that is not one. */
    static final class MalformedClassException extends Exception {
        MalformedClassException(String message) {
            super(message);
        }
    }
}
