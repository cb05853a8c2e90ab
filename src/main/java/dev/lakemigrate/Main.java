package dev.lakemigrate;

public final class Main {
  public static void main(String[] args) {}
}
