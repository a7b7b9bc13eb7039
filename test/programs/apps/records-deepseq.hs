-- An inventory of records saved with show and loaded with read (round
-- trips of records, sums, infix constructors, negative fields, nested
-- containers), then fully evaluated with deepseq before a report, with the
-- NFData dictionaries of base's types passed around as user code does.
{-# LANGUAGE DeriveGeneric, DeriveAnyClass, ExistentialQuantification #-}
import Control.DeepSeq
import Control.Exception (evaluate)
import Data.Complex
import Data.Fixed
import Data.Functor.Identity
import Data.Int
import Data.List.NonEmpty (NonEmpty (..))
import qualified Data.Map as M
import Data.Ord (Down (..))
import Data.Ratio
import Data.Version
import Data.Word
import GHC.Generics (Generic)
import Numeric.Natural
import qualified Text.ParserCombinators.ReadP

data Unit = Piece | Kilo Double | Box {perBox :: Int, label :: String} deriving (Show, Read, Eq, Ord, Generic, NFData)

data Item = Item {name :: String, qty :: Int, price :: Rational, unit :: Unit, tags :: [String], parent :: Maybe Item, code :: (Char, Word8)}
  deriving (Show, Read, Eq, Generic, NFData)

infixr 5 :>
data Path = End | String :> Path deriving (Show, Read, Eq, Generic, NFData)

newtype Sku = Sku {unSku :: Int64} deriving (Show, Read, Eq, Ord, Generic, NFData)

data AnyNF = forall a. (NFData a, Show a) => AnyNF a

main :: IO ()
main = do
  let box = Item "bolts" 120 (3 % 4) (Box 50 "M4") ["metal", "small"] Nothing ('b', 200)
      items = [box, Item "flour" (-2) (-5 % 2) (Kilo 1.5) [] (Just box) ('f', 0), Item "x" 0 0 Piece ["a\"b", "\1234"] Nothing ('\n', 255)]
  mapM_ (\i -> let s = show i in putStrLn s >> print (read s == i)) items
  print (read "Item{name=\"r\",qty= -3,price=1 % 3,unit=Box{perBox=2,label=\"\"},tags=[],parent=Nothing,code=('c',7)}" :: Item)
  print (read " ( Kilo (-2.5e-3) ) " :: Unit, read "\"a\" :> (\"b\" :> End)" :: Path, "x" :> "y" :> End, reads "Sku {unSku = 9} tail" :: [(Sku, String)])
  print (showsPrec 11 (Kilo (-1)) "", showsPrec 6 ("p" :> End) "", show (Sku (-4)), show (Just (Sku 1)))
  r <- evaluate (force items)
  print (length r, rnf items `seq` "rnf ok", items `deepseq` "deepseq ok", (name $!! box))
  print (rwhnf (3 :: Int), rnf (M.fromList [(1 :: Int, "one"), (2, "two")]), force (Sku 5), (rnf1 [Just 'c']), rnf2 (Left 1 :: Either Int Char), rnf (liftRnf (const ()) (Just 'x')))
  let vals =
        [ AnyNF (1 :: Int8), AnyNF (2 :: Int16), AnyNF (3 :: Int32), AnyNF (4 :: Int64), AnyNF (5 :: Word), AnyNF (6 :: Word16), AnyNF (7 :: Word32), AnyNF (8 :: Word64), AnyNF (9 :: Natural),
          AnyNF (2 :+ 3 :: Complex Double), AnyNF (1.25 :: Milli), AnyNF (3 % 5 :: Ratio Int), AnyNF (makeVersion [1, 2, 3]), AnyNF ('a' :| "bc"), AnyNF (Identity 'i'), AnyNF (Down 'd'),
          AnyNF (Left 'l' :: Either Char Int), AnyNF ((), 'a', "b", 1.5 :: Float), AnyNF (Just [Right 1 :: Either () Integer]), AnyNF (M.singleton 'k' [1 :: Int]), AnyNF LT, AnyNF True, AnyNF (1.5 :: Double, 2 :: Integer)
        ]
  mapM_ (\(AnyNF v) -> evaluate (force v) >>= print) vals
  print (showVersion (makeVersion [2, 0, 1]), parseV "1.2.3-beta", makeVersion [1, 2] < makeVersion [1, 10], versionBranch (Version [4, 5] ["x"]), Version [1] ["tag"])
  print (read "[1.5,2.25]" :: [Centi], read "(1 :+ 2)" :: Complex Int, read "3 % 4" :: Rational, read "Just (Left (-3))" :: Maybe (Either Int Bool), read "(1,'c',\"s\",[()],Nothing)" :: (Int, Char, String, [()], Maybe Int))
  print (read "  -12  " :: Int8, read "255" :: Word8, read "0x1F" :: Int, read "0o17" :: Integer, read "1e3" :: Double, read "NaN" :: Float, read "Infinity" :: Double, read "-0.0" :: Double, read "123456789012345678901234567890" :: Natural)
  print (mod' (7.5 :: Double) 2, div' (7.5 :: Double) (2 :: Double) :: Integer, divMod' (-7.5 :: Double) 2 :: (Integer, Double), (3.14159 :: Micro), (1 / 3 :: Pico), resolution (1 :: Deci), showFixed True (1.500 :: Milli))
  where
    parseV s = [v | (v, "") <- readPVersion s]
    readPVersion = Text.ParserCombinators.ReadP.readP_to_S parseVersion
