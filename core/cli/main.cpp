// Entry point of the kiemtra command (placeholder).
int main() { return 0; }
