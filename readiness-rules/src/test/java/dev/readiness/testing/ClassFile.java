package dev.readiness.testing;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal but well-formed class file, as javac would write it for a class that refers to other classes: a constant
 * pool with the class, its super class, the referenced classes and descriptors, and no fields or methods.
 *
 * <pre>{@code
 * byte[] bytes = ClassFile.named("com/acme/testing/Fixtures").references("org/junit/jupiter/api/Assertions").bytes();
 * }</pre>
 */
public final class ClassFile {

    private final String name;
    private final List<String> classes = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();

    private ClassFile(String name) {
        this.name = name;
    }

    /** A class with this internal name ({@code com/acme/Foo}), extending {@code java/lang/Object}. */
    public static ClassFile named(String internalName) {
        return new ClassFile(internalName);
    }

    /** Class entries for these classes (internal names), as a call or a {@code new} puts them in the pool. */
    public ClassFile references(String... internalNames) {
        classes.addAll(List.of(internalNames));
        return this;
    }

    /** Text entries, such as a descriptor {@code (Lorg/junit/jupiter/api/extension/ExtensionContext;)V}. */
    public ClassFile text(String... values) {
        texts.addAll(List.of(values));
        return this;
    }

    /** The class's internal name, {@code com/acme/Foo}. */
    public String internalName() {
        return name;
    }

    public byte[] bytes() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(0xCAFEBABE);
            out.writeShort(0);
            out.writeShort(61);
            List<String> all = new ArrayList<>(List.of(name, "java/lang/Object"));
            all.addAll(classes);
            // Each class is a UTF-8 entry followed by its class entry; the texts follow, then a long (two slots).
            out.writeShort(1 + 2 * all.size() + texts.size() + 2);
            for (String className : all) {
                out.writeByte(1);
                out.writeUTF(className);
                out.writeByte(7);
                out.writeShort(currentIndex(all, className));
            }
            for (String text : texts) {
                out.writeByte(1);
                out.writeUTF(text);
            }
            out.writeByte(5);
            out.writeLong(42L);
            out.writeShort(0x0021); // public super
            out.writeShort(2); // this class
            out.writeShort(4); // super class
            out.writeShort(0); // interfaces
            out.writeShort(0); // fields
            out.writeShort(0); // methods
            out.writeShort(0); // attributes
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The index of the UTF-8 entry of a class: entries come in pairs from index 1. */
    private static int currentIndex(List<String> all, String className) {
        return 1 + 2 * all.indexOf(className);
    }
}
