// Exists only to be linked: see core/CMakeLists.txt.
int main()
{
    return 0;
}
