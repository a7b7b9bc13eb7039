-- The error paths of Data instances: gmapQi past the last field (base's
-- fromJust with its call stack) for instances of base, containers, text,
-- bytestring, parsec and time; gunfold of the abstract types (their
-- packages' messages and call sites) and of the sized numbers on a
-- constructor of another type.
import Data.Data
import Data.Int
import Data.Word
import qualified Data.Map as M
import qualified Data.Set as Set
import qualified Data.IntMap as IM
import qualified Data.IntSet as IS
import qualified Data.Text as T
import qualified Data.Text.Lazy as TL
import qualified Data.ByteString as B
import qualified Data.ByteString.Lazy as BL
import qualified Data.ByteString.Short as SB
import qualified Data.Semigroup as S
import Data.Complex (Complex (..))
import Data.Functor.Product (Product (..))
import Data.Functor.Sum (Sum (..))
import Data.Graph (SCC (..))
import Data.Sequence (ViewL (..), ViewR (..))
import Data.Time
import Text.Parsec.Pos (newPos)
import GHC.Exts (SpecConstrAnnotation (..))
import Control.Exception

tryShow :: String -> a -> IO ()
tryShow what x = do
  r <- try (evaluate x)
  putStrLn (what ++ ": " ++ either (\e -> "error: " ++ show (e :: SomeException)) (const "ok") r)

qi :: Data a => a -> ()
qi x = gmapQi 7 (const ()) x

main :: IO ()
main = do
  tryShow "Map" (qi (M.fromList [(1 :: Int, 'a')]))
  tryShow "Set" (qi (Set.fromList "ab"))
  tryShow "IntMap" (qi (IM.fromList [(1, 'a')]))
  tryShow "IntSet" (qi (IS.fromList [1, 2]))
  tryShow "Text" (qi (T.pack "t"))
  tryShow "lazy Text" (qi (TL.pack "t"))
  tryShow "ByteString" (qi (B.pack [1, 2]))
  tryShow "lazy ByteString" (qi (BL.pack [1, 2]))
  tryShow "ShortByteString" (qi (SB.pack [1, 2]))
  tryShow "SourcePos" (qi (newPos "f" 1 2))
  tryShow "Arg" (qi (S.Arg 'a' 'b'))
  tryShow "Complex" (qi ((1 :: Double) :+ 2))
  tryShow "Product" (qi (Pair (Just 'a') "b"))
  tryShow "Sum" (qi (InL (Just 'a') :: Sum Maybe [] Char))
  tryShow "SCC" (qi (AcyclicSCC 'a'))
  tryShow "ViewL" (qi (EmptyL :: ViewL Int))
  tryShow "ViewR" (qi (EmptyR :: ViewR Int))
  tryShow "SpecConstrAnnotation" (qi NoSpecConstr)
  tryShow "Day" (qi (fromGregorian 2000 1 1))
  tryShow "TimeZone" (qi utc)
  tryShow "TimeOfDay" (qi midnight)
  tryShow "UTCTime" (qi (UTCTime (fromGregorian 2000 1 1) 0))
  tryShow "Maybe" (qi (Just 'x'))
  let c = toConstr (Just 'c')
  tryShow "gunfold Map" (fromConstr c :: M.Map Int Int)
  tryShow "gunfold Set" (fromConstr c :: Set.Set Int)
  tryShow "gunfold IntMap" (fromConstr c :: IM.IntMap Int)
  tryShow "gunfold IntSet" (fromConstr c :: IS.IntSet)
  tryShow "gunfold Text" (fromConstr c :: T.Text)
  tryShow "gunfold lazy Text" (fromConstr c :: TL.Text)
  tryShow "gunfold Int8" (fromConstr c :: Int8)
  tryShow "gunfold Int16" (fromConstr c :: Int16)
  tryShow "gunfold Int32" (fromConstr c :: Int32)
  tryShow "gunfold Int64" (fromConstr c :: Int64)
  tryShow "gunfold Word8" (fromConstr c :: Word8)
  tryShow "gunfold Word16" (fromConstr c :: Word16)
  tryShow "gunfold Word32" (fromConstr c :: Word32)
  tryShow "gunfold Word64" (fromConstr c :: Word64)
  print (fromConstr (toConstr (7 :: Int16)) :: Int16, fromConstr (toConstr (8 :: Word32)) :: Word32)
