// dvc.lock (a pipeline's data lineage, attached to a version as evidence): any bytes either give a lock whose
// evidence JSON has a canonical form, or an error naming the file.

#include "FuzzSupport.h"
#include "importers/DvcLock.h"
#include "json/CanonicalJson.h"

using namespace cs;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const QString source = QStringLiteral("dvc.lock");
    auto lock = DvcLock::parse(fuzz::bytes(data, size), source);
    if (!lock) {
        fuzz::checkError(lock.error(), source);
        return 0;
    }
    for (const DvcStage& stage : lock->stages) {
        fuzz::check(!stage.name.isEmpty(), "a stage without a name was accepted");
        for (const auto* files : {&stage.deps, &stage.outs}) {
            for (const DvcFile& f : *files) {
                fuzz::check(!f.path.isEmpty(), "a file without a path was accepted", stage.name);
                fuzz::check(f.size >= -1 && f.nfiles >= -1, "a negative size was accepted", f.path);
            }
        }
    }
    auto canonical = CanonicalJson::serialize(lock->toJson());
    fuzz::check(canonical.ok(), "a parsed dvc.lock has no canonical evidence form",
                canonical ? QString() : canonical.error().message);
    return 0;
}
