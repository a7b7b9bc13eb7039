-- Data instance pieces -O1 code names: base's list instance at Int and
-- Char (gmapQl, gmapMo, gmapMp), the gunfold failures of Natural, Ratio,
-- strict and lazy Text, Map, Set, IntMap and IntSet; Solo's instances
-- (its Data instance through gfoldl, gunfold, gmapT, gmapQ, gmapM);
-- lazy Text's Data instance (gmapM, gmapQ, gmapT, toConstr, gunfold)
-- and IsList (fromListN, chunks as text sizes them); Seq's index and
-- lookup, ViewL's and ViewR's Show and Read.
import Control.Exception
import Control.Monad (MonadPlus, mplus, mzero)
import Data.Data
import qualified Data.IntMap as IM
import qualified Data.IntSet as IS
import qualified Data.Map as M
import Data.Ratio ()
import qualified Data.Sequence as Seq
import qualified Data.Set as Set
import qualified Data.Text as T
import qualified Data.Text.Lazy as TL
import GHC.Exts (fromListN)
import qualified GHC.Exts
import GHC.Tuple (Solo (..))
import Numeric.Natural (Natural)

tryShow :: String -> a -> IO ()
tryShow what x = do
  r <- try (evaluate x)
  putStrLn (what ++ ": " ++ either (\e -> "error: " ++ show (e :: SomeException)) (const "ok") r)

-- Adds one to every Int field, fails on others.
bumpInt :: (MonadPlus m, Data d) => d -> m d
bumpInt d = case cast d of
  Just n -> maybe mzero return (cast (n + 1 :: Int))
  Nothing -> mzero

upperChar :: Data d => d -> d
upperChar d = case cast d of
  Just c | c >= 'a' && c <= 'z' -> maybe d id (cast (toEnum (fromEnum c - 32) :: Char))
  _ -> d

main :: IO ()
main = do
  let c = toConstr (Just 'c')
  -- base
  tryShow "gunfold Natural" (fromConstr c :: Natural)
  tryShow "gunfold Ratio" (fromConstr c :: Rational)
  print (fromConstr (toConstr (5 :: Natural)) :: Natural)
  print (gmapQl (+) 0 (const 1) [1, 2, 3 :: Int] :: Int, gmapQl (flip (:)) [] (show . typeOf) "ab")
  print (gmapMo bumpInt [1, 2 :: Int] :: Maybe [Int], gmapMp bumpInt [5 :: Int] :: Maybe [Int])
  print (gmapMp (\d -> [d, d]) "xy", gmapMo (\d -> [d] `mplus` [d]) "q", gmapMo (\d -> [d]) [3 :: Int])
  print (gmapMp (const Nothing :: Data d => d -> Maybe d) "ab", gmapMo (const Nothing :: Data d => d -> Maybe d) [7 :: Int])
  -- Solo
  let s = Solo 'x'
  print (gmapQ (\d -> show (typeOf d)) s, toConstr s, dataTypeOf s, constrIndex (toConstr s))
  print (case gmapT upperChar s of Solo y -> y, gmapQl (+) 0 (const (1 :: Int)) s)
  print (fmap (\(Solo y) -> y) (gmapM (\d -> Just d) (Solo (3 :: Int))))
  print (case (fromConstrB (fromConstr (toConstr 'z')) (toConstr s) :: Solo Char) of Solo y -> y)
  print (case fmap succ (Solo 'a') of Solo y -> y, case Solo (+ 1) <*> Solo (2 :: Int) of Solo y -> y)
  print (case Solo "ab" <> Solo "cd" of Solo y -> y, case (mempty :: Solo String) of Solo y -> y)
  print (case traverse (\x -> [x, x + 1]) (Solo (10 :: Int)) of xs -> map (\(Solo y) -> y) xs)
  print (case Solo 'm' >>= (\x -> Solo [x, x]) of Solo y -> y, foldr (:) [] (Solo 'f'), length (Solo ()))
  -- containers
  tryShow "gunfold Map" (fromConstr c :: M.Map Int Int)
  tryShow "gunfold Set" (fromConstr c :: Set.Set Int)
  tryShow "gunfold IntMap" (fromConstr c :: IM.IntMap Int)
  tryShow "gunfold IntSet" (fromConstr c :: IS.IntSet)
  tryShow "gunfold Seq" (fromConstr (toConstr GT) :: Seq.Seq Int)
  let q = Seq.fromList [10 .. 40 :: Int]
  print (Seq.index q 0, Seq.index q 17, Seq.lookup 30 q, Seq.lookup 31 q, q Seq.!? 5, Seq.lookup (-1) q)
  print (map (Seq.index q) [0, 3 .. 30], map (`Seq.lookup` Seq.fromList "abc") [0 .. 3])
  -- (-O1 code shows and reads EmptyL through the floated name string)
  print (Seq.viewl (Seq.empty :: Seq.Seq Int), read "EmptyL" :: Seq.ViewL Int, Seq.viewl (Seq.fromList "ab"))
  print (Seq.viewr (Seq.empty :: Seq.Seq Int), read " EmptyR" :: Seq.ViewR Int, Seq.viewr (Seq.fromList "ab"))
  -- text
  tryShow "gunfold Text" (fromConstr c :: T.Text)
  tryShow "gunfold lazy Text" (fromConstr c :: TL.Text)
  let t = TL.pack "lazy \955 text"
  print (toConstr t, dataTypeOf t, gmapQ (\d -> show (typeOf d)) t)
  print (gmapQl (\n _ -> n + 1) (0 :: Int) (const ()) t)
  print (gmapT (\d -> maybe d id (fmap (map succ) (cast d :: Maybe String) >>= cast)) t)
  print (gmapM (\d -> Just d) t, gmapMp (\d -> case cast d of Just str -> cast (reverse (str :: String)); Nothing -> Nothing) t)
  print (gmapMo (\d -> [d]) t, gmapM (\d -> [d, d]) (TL.pack "ab"))
  print (fromConstrM (cast "built") (toConstr t) :: Maybe TL.Text)
  print (fromConstrM (cast "strict") (toConstr (T.pack "")) :: Maybe T.Text)
  let big = fromListN 3 (replicate 8180 '\128512' ++ "\955xyz") :: TL.Text
  print (TL.length big, map T.length (TL.toChunks big), TL.take 3 big)
  print (fromListN 2 "ab" :: TL.Text, fromListN 0 "" :: TL.Text, (GHC.Exts.fromList "list" :: TL.Text), GHC.Exts.toList (TL.pack "tl"))
