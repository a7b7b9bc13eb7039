{-# LANGUAGE TypeOperators, PolyKinds, DataKinds #-}
-- Base -O1 internals without unfoldings: the Data instances of the
-- equality witnesses (:~:, :~~:), their TypeReps and kinds, Data's
-- constructor indices, GHC.Stats' derived Read, Coercion's coercible_sel.
import Data.Data
import Data.Kind (Type)
import Data.Type.Equality
import qualified Data.Type.Coercion as C
import Data.Coerce
import GHC.Stats
import Text.Read (readMaybe)
import qualified Type.Reflection as R

newtype Age = Age Int deriving Show

main :: IO ()
main = do
  let r = Refl :: Int :~: Int
      h = HRefl :: Bool :~~: Bool
  print (dataTypeOf r, toConstr r, dataTypeConstrs (dataTypeOf r))
  print (dataTypeOf h, toConstr h, constrIndex (toConstr h))
  print (typeOf r, typeOf h)
  print (R.typeRepKind (R.typeRep :: R.TypeRep ((:~:) :: Bool -> Bool -> Type)))
  print (R.typeRepKind (R.typeRep :: R.TypeRep ((:~~:) :: Bool -> Ordering -> Type)))
  print (gmapQ (const ()) r, gmapT id h == h, (fromConstr (toConstr r) :: Int :~: Int))
  print (map constrIndex (dataTypeConstrs (dataTypeOf (Just 'x'))), maxConstrIndex (dataTypeOf (Left 'a' :: Either Char Int)))
  print (readMaybe "GCDetails {}" :: Maybe GCDetails)
  let c = C.Coercion :: C.Coercion Int Age
  print (C.coerceWith (C.trans c (C.sym c)) (7 :: Int), C.coerceWith (C.sym c) (Age 3))
