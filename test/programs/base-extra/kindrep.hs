{-# LANGUAGE MagicHash, TypeApplications #-}
-- Type.Reflection.Unsafe's representations: Show KindRep and Show
-- TypeLitSort (as derived), mkTyCon (GHC's fingerprint of package, module
-- and name), KindRepVar's wrapper.
import Type.Reflection.Unsafe
import Type.Reflection
import GHC.Exts
import Data.Typeable (tyConFingerprint)

main :: IO ()
main = do
  let tc = typeRepTyCon (typeRep @Maybe)
  let k = KindRepTyConApp tc [KindRepVar 0, KindRepFun (KindRepVar 1) (KindRepTYPE LiftedRep)]
  print k
  print (KindRepApp (KindRepVar 3) (KindRepTypeLitS TypeLitSymbol "hi"#))
  print [KindRepTypeLitD TypeLitNat "42", KindRepTypeLitS TypeLitNat "7"#]
  print (TypeLitSymbol, TypeLitNat)
  print (showsPrec 11 (KindRepVar 2) "", showsPrec 11 TypeLitNat "")
  let t = mkTyCon "pkg" "Mod.Sub" "Name" 2 (KindRepTYPE LiftedRep)
  print (t, tyConPackage t, tyConModule t, tyConName t, tyConKindArgs t)
  print (tyConFingerprint t)
  print (tyConKindRep t)
