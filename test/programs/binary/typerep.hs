{-# LANGUAGE DataKinds, PolyKinds, TypeApplications, ScopedTypeVariables, MagicHash, AllowAmbiguousTypes #-}
-- binary's instances for type representations: TypeRep, SomeTypeRep,
-- TyCon, KindRep, RuntimeRep, VecCount, VecElem, TypeLitSort, encoded
-- (hex dumps, as GHC's binary writes them), decoded back and compared;
-- and the decoder's errors.
import Data.Binary
import Data.Binary.Get (ByteOffset)
import qualified Data.ByteString.Lazy as L
import Type.Reflection
import Type.Reflection.Unsafe (KindRep (..), TypeLitSort (..), tyConKindRep)
import Data.Kind (Type)
import GHC.Exts (RuntimeRep (..), VecCount (..), VecElem (..))
import Data.Proxy (Proxy)
import qualified Data.Map as M
import Control.Exception (ErrorCall, evaluate, try)
import Numeric (showHex)

hex :: L.ByteString -> String
hex = concatMap (\b -> (if b < 16 then "0" else "") ++ showHex b "") . L.unpack

tr :: forall {k} (a :: k). Typeable a => L.ByteString
tr = encode (typeRep @a)

roundTrip :: forall {k} (a :: k). Typeable a => IO ()
roundTrip = do
  let bytes = tr @a
      back = decode bytes :: TypeRep a
      some = decode bytes :: SomeTypeRep
  putStrLn (show (typeRep @a) ++ " (" ++ show (L.length bytes) ++ " bytes): " ++ show back ++ ", " ++ show (back == typeRep @a, some == SomeTypeRep (typeRep @a)))

tryDecode :: forall b. (Binary b, Show b) => String -> L.ByteString -> IO ()
tryDecode label bs = case decodeOrFail bs :: Either (L.ByteString, ByteOffset, String) (L.ByteString, ByteOffset, b) of
  Left (_, off, msg) -> putStrLn (label ++ ": fails at " ++ show off ++ ": " ++ show msg)
  Right (rest, off, v) -> putStrLn (label ++ ": " ++ show v ++ " (" ++ show off ++ " read, " ++ show (L.length rest) ++ " left)")

main :: IO ()
main = do
  mapM_ putStrLn
    [ hex (tr @Int), hex (tr @Type), hex (tr @Maybe), hex (tr @(Maybe Int)), hex (tr @(Either Bool))
    , hex (tr @(Int -> Bool)), hex (tr @[Char]), hex (tr @(Proxy Maybe)), hex (tr @(M.Map Int String))
    , hex (tr @(,,)), hex (encode (typeRepTyCon (typeRep @Either))), hex (encode (tyConKindRep (typeRepTyCon (typeRep @(Proxy Int))))) ]
  roundTrip @Int
  roundTrip @Maybe
  roundTrip @(Either String (Maybe [Bool]))
  roundTrip @(Int -> Maybe Char -> ())
  roundTrip @(Proxy Either)
  roundTrip @(M.Map Int)
  roundTrip @((), (Bool, Ordering))
  roundTrip @Type
  print (decode (encode [SomeTypeRep (typeRep @Int), SomeTypeRep (typeRep @Maybe)]) :: [SomeTypeRep])
  print (decode (encode (typeRepTyCon (typeRep @Either))) :: TyCon)
  mapM_ (putStrLn . hex . encode)
    [ LiftedRep, UnliftedRep, IntRep, Int8Rep, Int16Rep, Int32Rep, Int64Rep, WordRep, Word8Rep
    , Word16Rep, Word32Rep, Word64Rep, AddrRep, FloatRep, DoubleRep ]
  putStrLn (hex (encode [TupleRep [IntRep, DoubleRep], SumRep [], VecRep Vec16 Word32ElemRep]))
  putStrLn (hex (encode [Vec2, Vec4, Vec8, Vec16, Vec32, Vec64]))
  putStrLn (hex (encode [minBound .. maxBound :: VecElem]))
  putStrLn (hex (encode [TypeLitSymbol, TypeLitNat]))
  putStrLn (hex (encode [KindRepVar 3, KindRepApp (KindRepTYPE IntRep) (KindRepTYPE WordRep), KindRepTypeLitS TypeLitSymbol "ab"#, KindRepTypeLitD TypeLitNat "12"]))
  print (decode (encode (KindRepTypeLitS TypeLitSymbol "ab"#)) :: KindRep)
  print (map (decode . encode) [Vec2, Vec64] :: [VecCount], map (decode . encode) [Int8ElemRep, DoubleElemRep] :: [VecElem])
  print (decode (encode [TypeLitNat, TypeLitSymbol]) :: [TypeLitSort])
  tryDecode @SomeTypeRep "tag 9" (L.pack [9])
  tryDecode @SomeTypeRep "Int Int" (L.cons 2 (tr @Int <> tr @Int))
  tryDecode @SomeTypeRep "Maybe Maybe" (L.cons 2 (tr @Maybe <> tr @Maybe))
  tryDecode @SomeTypeRep "Either Maybe" (L.cons 2 (tr @Either <> tr @Maybe))
  tryDecode @SomeTypeRep "Type Int" (L.cons 2 (L.pack [0] <> tr @Int))
  tryDecode @SomeTypeRep "Int -> Bool" (L.cons 3 (tr @Int <> tr @Bool))
  tryDecode @SomeTypeRep "Maybe -> Bool" (L.cons 3 (tr @Maybe <> tr @Bool))
  tryDecode @SomeTypeRep "Int -> Maybe" (L.cons 3 (tr @Int <> tr @Maybe))
  tryDecode @(TypeRep (Int -> Int)) "arrow" (L.cons 3 (tr @Int <> tr @Int))
  tryDecode @(TypeRep Bool) "Int as Bool" (tr @Int)
  tryDecode @SomeTypeRep "truncated" (L.take 20 (tr @Int))
  tryDecode @KindRep "KindRep 7" (L.pack [7])
  tryDecode @RuntimeRep "RuntimeRep 99" (L.pack [99])
  tryDecode @TypeLitSort "TypeLitSort 3" (L.pack [3])
  r <- try (evaluate (decode (L.pack [9]) :: VecCount))
  putStrLn (either (\e -> "error: " ++ show (e :: ErrorCall)) show r)
