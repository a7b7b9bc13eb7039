{-# OPTIONS_GHC -funfolding-use-threshold=3000 #-}
-- The Data instance internals -O1 code reaches when it inlines the
-- instances' methods (a high unfolding threshold): the gunfold failures
-- of Map, Set and IntMap and lazy Text's pack loops ($s$winner, through
-- gfoldl, gmapT, gmapM/Mp/Mo, gunfold, IsList's fromListN). Seq's index
-- and lookup inline to the tree walk, with no call of `lookup1` (the
-- empty tree's failure: the tree is known not to be empty there).
module Inlined (run) where

import Control.Exception
import Data.Data
import qualified Data.IntMap as IM
import qualified Data.Map as M
import qualified Data.Sequence as Seq
import qualified Data.Set as Set
import qualified Data.Text as T
import qualified Data.Text.Lazy as TL
import Data.Functor.Identity (Identity (..))
import GHC.Exts (fromListN)

tryShow :: String -> a -> IO ()
tryShow what x = do
  r <- try (evaluate x)
  putStrLn (what ++ ": " ++ either (\e -> "error: " ++ show (e :: SomeException)) (const "ok") r)

chunks :: TL.Text -> [Int]
chunks = map T.length . TL.toChunks

run :: IO ()
run = do
  let c = toConstr (Just 'c')
      c1 = toConstr [()]
  tryShow "gunfold Map" (fromConstr c :: M.Map Int Int)
  tryShow "gunfold Set" (fromConstr c1 :: Set.Set Char)
  tryShow "gunfold IntMap" (fromConstr c :: IM.IntMap ())
  print (fromConstrM (Just (M.empty :: M.Map Int Int) >>= cast . M.toList . M.insert 1 2) (toConstr (M.fromList [(0 :: Int, 0 :: Int)])) :: Maybe (M.Map Int Int))
  let q = Seq.fromList "finger tree"
  print (Seq.lookup 3 q, Seq.lookup 11 q, Seq.index q 7, map (`Seq.lookup` q) [0, 2 .. 12])
  -- a text of two chunks (text's boundary: two code units short of
  -- defaultChunkSize, a surrogate pair not split) and a short one
  let long = replicate 8182 '\128512' ++ "abc\955"
      t = TL.pack long
      s = TL.pack "\955\128512abc "
  print (chunks t, chunks (gmapT id t), fmap chunks (gmapM Just t), chunks (fromListN 5 long :: TL.Text))
  print (gmapT id s, gmapM Just s, gmapMp Just s, gmapMo (const Nothing :: Data d => d -> Maybe d) s)
  print (gmapMo Just s, gmapMp (\d -> [d, d]) s, gmapMo (\d -> [d]) s)
  print (runIdentity (gfoldl (\(Identity f) x -> Identity (f x)) Identity s))
  print (fromConstrM (cast "from constr") (toConstr t) :: Maybe TL.Text)
  print (fromListN 3 "abc" :: TL.Text, fromListN 0 "" :: TL.Text)
  print (gmapQ (\d -> maybe 0 length (cast d :: Maybe String)) s)
  print (gmapT (\d -> maybe d id (cast d >>= cast . map succ . (id :: String -> String))) s)
