{-# LANGUAGE MagicHash, UnboxedTuples #-}
-- hs2stg's own implementation of containers-0.6.4.1's Data.Graph: graphs as
-- adjacency arrays, depth-first search forests (King and Launchbury), and
-- strongly connected components, from the documented API.
module Data.Graph where

import Control.DeepSeq (NFData (rnf))
import Data.Array
import GHC.Arr (Array (..))
import GHC.Ix (indexError)
import GHC.Exts (Int (I#), Int#, Array#, State#, RealWorld, MutableByteArray#, readWord8Array#, writeWord8Array#, uncheckedIShiftRA#, andI#, Word (W#), (-#), isTrue#, (<#), (>#))
import Data.Bits (bit, (.&.), (.|.))
import GHC.IO (IO (..))
import qualified Data.List as L
import Data.Tree (Tree (Node), Forest, flatten)
import qualified Data.IntSet.Internal as IntSet

type Vertex = Int
type Table a = Array Vertex a
type Graph = Array Vertex [Vertex]
type Edge = (Vertex, Vertex)
type Bounds = (Vertex, Vertex)

data SCC vertex = AcyclicSCC vertex | CyclicSCC [vertex]
  deriving (Eq, Show, Read)

instance Functor SCC where
  fmap f (AcyclicSCC v) = AcyclicSCC (f v)
  fmap f (CyclicSCC vs) = CyclicSCC (map f vs)

instance Foldable SCC where
  foldr f z (AcyclicSCC v) = f v z
  foldr f z (CyclicSCC vs) = foldr f z vs

instance Traversable SCC where
  traverse f (AcyclicSCC v) = AcyclicSCC <$> f v
  traverse f (CyclicSCC vs) = CyclicSCC <$> traverse f vs

flattenSCCs :: [SCC a] -> [a]
flattenSCCs = concatMap flattenSCC

flattenSCC :: SCC vertex -> [vertex]
flattenSCC (AcyclicSCC v) = [v]
flattenSCC (CyclicSCC vs) = vs

vertices :: Graph -> [Vertex]
vertices = indices

edges :: Graph -> [Edge]
edges g = [(v, w) | v <- vertices g, w <- g ! v]

buildG :: Bounds -> [Edge] -> Graph
buildG bnds es = accumArray (flip (:)) [] bnds es

transposeG :: Graph -> Graph
transposeG g = buildG (bounds g) (reverseE g)

reverseE :: Graph -> [Edge]
reverseE g = zz_componentszugo1 (edges g)

zz_componentszugo1 :: [(Vertex, Vertex)] -> [Edge]
zz_componentszugo1 es = [(w, v) | (v, w) <- es]

-- foldl1's and foldr1's error on an empty structure, as the Foldable
-- instance's -O1 foldl1 and foldr1 name them.
-- Read1's results of the two constructors' argument parsers, rebuilt as
-- SCCs (the instance's -O1 liftReadsPrec calls them).
zz_zdfRead1SCC2 :: [(a, String)] -> [(SCC a, String)]
zz_zdfRead1SCC2 rs = [(AcyclicSCC v, s) | (v, s) <- rs]

zz_zdfRead1SCC3 :: [([a], String)] -> [(SCC a, String)]
zz_zdfRead1SCC3 rs = [(CyclicSCC vs, s) | (vs, s) <- rs]

zz_zdfFoldableSCC2 :: a
zz_zdfFoldableSCC2 = errorWithoutStackTrace "foldl1: empty structure"

zz_zdfFoldableSCC3 :: a
zz_zdfFoldableSCC3 = errorWithoutStackTrace "foldr1: empty structure"

-- buildG's and indegree's index errors (a vertex out of the bounds given):
-- the vertex, then the bounds
zz_buildG1 :: Vertex -> Vertex -> Vertex -> Int
zz_buildG1 i lo hi = indexError (lo, hi) i "Int"

zz_indegree1 :: Int# -> Int -> Int -> Int
zz_indegree1 i lo hi = indexError (lo, hi) (I# i) "Int"

outdegree :: Graph -> Array Vertex Int
outdegree = fmap length

indegree :: Graph -> Array Vertex Int
indegree g = accumArray (+) 0 (bounds g) [(w, 1) | (_, w) <- edges g]

graphFromEdges' :: Ord key => [(node, key, [key])] -> (Graph, Vertex -> (node, key, [key]))
graphFromEdges' x = (a, b) where (a, b, _) = graphFromEdges x

graphFromEdges :: Ord key => [(node, key, [key])] -> (Graph, Vertex -> (node, key, [key]), key -> Maybe Vertex)
graphFromEdges edges0 = (graph, \v -> vertexMap ! v, keyVertex)
  where
    maxV = length edges0 - 1
    bounds0 = (0, maxV)
    sortedEdges = L.sortBy (\(_, k1, _) (_, k2, _) -> compare k1 k2) edges0
    edges1 = zip [0 ..] sortedEdges
    graph = array bounds0 [(v, keysToVertices ks) | (v, (_, _, ks)) <- edges1]
    keyMap = array bounds0 [(v, k) | (v, (_, k, _)) <- edges1]
    vertexMap = array bounds0 edges1
    keysToVertices ks = [v | Just v <- map keyVertex ks]
    keyVertex k = findVertex 0 maxV
      where
        findVertex a b
          | a > b = Nothing
          | otherwise =
              let mid = a + (b - a) `div` 2
              in case compare k (keyMap ! mid) of
                   LT -> findVertex a (mid - 1)
                   EQ -> Just mid
                   GT -> findVertex (mid + 1) b

-- Depth-first search: the spanning forest from the given roots, in order,
-- each vertex's successors in adjacency-list order, visited vertices pruned.
dfs :: Graph -> [Vertex] -> [Tree Vertex]
dfs g vs0 = fst (goList IntSet.empty vs0)
  where
    goList visited [] = ([], visited)
    goList visited (v : vs)
      | IntSet.member v visited = goList visited vs
      | otherwise =
          let (ts, visited1) = goList (IntSet.insert v visited) (g ! v)
              (rest, visited2) = goList visited1 vs
          in (Node v ts : rest, visited2)

dff :: Graph -> [Tree Vertex]
dff g = dfs g (vertices g)

preorder' :: Tree a -> [a] -> [a]
preorder' (Node a ts) = (a :) . preorderF' ts

preorderF' :: [Tree a] -> [a] -> [a]
preorderF' ts = foldr (.) id (map preorder' ts)

preorderF :: [Tree a] -> [a]
preorderF ts = zz_path1 ts []

zz_path1 :: [Tree a] -> [a] -> [a]
zz_path1 = preorderF'

postorder :: Tree a -> [a] -> [a]
postorder (Node a ts) = postorderF ts . (a :)

postorderF :: [Tree a] -> [a] -> [a]
postorderF ts = foldr (.) id (map postorder ts)

postOrd :: Graph -> [Vertex]
postOrd g = zz_reverseTopSort1 (dff g) []

zz_reverseTopSort1 :: [Tree a] -> [a] -> [a]
zz_reverseTopSort1 = postorderF

topSort :: Graph -> [Vertex]
topSort = reverse . postOrd

reverseTopSort :: Graph -> [Vertex]
reverseTopSort = postOrd

components :: Graph -> [Tree Vertex]
components = dff . undirected

undirected :: Graph -> Graph
undirected g = buildG (bounds g) (edges g ++ reverseE g)

scc :: Graph -> [Tree Vertex]
scc g = dfs g (reverse (postOrd (transposeG g)))

reachable :: Graph -> Vertex -> [Vertex]
reachable g v = preorderF (dfs g [v])

path :: Graph -> Vertex -> Vertex -> Bool
path g v w = w `elem` reachable g v

-- Biconnected components (Hopcroft and Tarjan's lowpoint method on the
-- depth-first forest of the undirected graph).
bcc :: Graph -> [Tree [Vertex]]
bcc g = concatMap bicomps (map (label g dnum) forest)
  where
    forest = dff g
    dnum = array (bounds g) (zip (preorderF forest) [0 ..]) :: Array Vertex Int

label :: Graph -> Array Vertex Int -> Tree Vertex -> Tree (Vertex, Int, Int)
label g dnum (Node v ts) = Node (v, dnum ! v, lv) us
  where
    us = map (label g dnum) ts
    lv = minimum ([dnum ! v] ++ [dnum ! w | w <- g ! v] ++ [lu | Node (_, _, lu) _ <- us])

bicomps :: Tree (Vertex, Int, Int) -> [Tree [Vertex]]
bicomps (Node (v, _, _) ts) = [Node (v : vs) us | (_, Node vs us) <- map collect ts]

collect :: Tree (Vertex, Int, Int) -> (Int, Tree [Vertex])
collect (Node (v, dv, lv) ts) = (lv, Node (v : vs) cs)
  where
    collected = map collect ts
    vs = concat [ws | (lw, Node ws _) <- collected, lw < dv]
    cs = concat [if lw < dv then us else [Node (v : ws) us] | (lw, Node ws us) <- collected]

stronglyConnComp :: Ord key => [(node, key, [key])] -> [SCC node]
stronglyConnComp edges0 = map zz_stronglyConnComp1 (stronglyConnCompR edges0)

zz_stronglyConnComp1 :: SCC (node, key, [key]) -> SCC node
zz_stronglyConnComp1 (AcyclicSCC (n, _, _)) = AcyclicSCC n
zz_stronglyConnComp1 (CyclicSCC triples) = CyclicSCC (zz_stronglyConnComp2 triples)

-- the nodes of a cycle's triples (-O1 code calls it by this name)
zz_stronglyConnComp2 :: [(node, key, [key])] -> [node]
zz_stronglyConnComp2 triples = [n | (n, _, _) <- triples]

stronglyConnCompR :: Ord key => [(node, key, [key])] -> [SCC (node, key, [key])]
stronglyConnCompR [] = []
stronglyConnCompR edges0 = map decode forest
  where
    (graph, vertexFn, _) = graphFromEdges edges0
    forest = scc graph
    decode (Node v []) | mentionsItself v = CyclicSCC [vertexFn v]
                       | otherwise = AcyclicSCC (vertexFn v)
    decode other = CyclicSCC (dec other [])
      where dec (Node v ts) vs = vertexFn v : foldr dec vs ts
    mentionsItself v = v `elem` (graph ! v)

-- Internals containers' -O1 unfoldings call, with the interface file's
-- conventions: a graph passed as its bounds (Int#) and its Array#.

mkGraph :: Int# -> Int# -> Array# [Vertex] -> Graph
mkGraph l u arr = Array (I# l) (I# u) (max 0 (I# u - I# l + 1)) arr

zz_flattenSCCs1 :: [SCC a] -> [a]
zz_flattenSCCs1 = flattenSCCs

zz_zdfShowSCC1 :: String
zz_zdfShowSCC1 = "CyclicSCC "

zz_zdwbcc :: Int# -> Int# -> Array# [Vertex] -> [Tree [Vertex]]
zz_zdwbcc l u arr = bcc (mkGraph l u arr)

zz_zdwbuildG :: Int# -> Int# -> [Edge] -> (# Vertex, Vertex, Int#, Array# [Vertex] #)
zz_zdwbuildG l u es = case buildG (I# l, I# u) es of Array a b (I# n) arr -> (# a, b, n, arr #)

zz_zdwcomponents :: Int# -> Int# -> Array# [Vertex] -> Forest Vertex
zz_zdwcomponents l u arr = components (mkGraph l u arr)

zz_zdwdfs :: Int# -> Int# -> Array# [Vertex] -> [Vertex] -> Forest Vertex
zz_zdwdfs l u arr vs = dfs (mkGraph l u arr) vs

zz_zdwedges :: Int# -> Int# -> Array# [Vertex] -> [Edge]
zz_zdwedges l u arr = edges (mkGraph l u arr)

zz_zdwgraphFromEdges :: Ord key => [(node, key, [key])] -> (# Graph, Vertex -> (node, key, [key]), key -> Maybe Vertex #)
zz_zdwgraphFromEdges es = case graphFromEdges es of (a, b, c) -> (# a, b, c #)

zz_zdwindegree :: Int# -> Int# -> Array# [Vertex] -> (# Vertex, Vertex, Int#, Array# Int #)
zz_zdwindegree l u arr = case indegree (mkGraph l u arr) of Array a b (I# n) arr' -> (# a, b, n, arr' #)

zz_zdwscc :: Int# -> Int# -> Array# [Vertex] -> Forest Vertex
zz_zdwscc l u arr = scc (mkGraph l u arr)

zz_zdwzdcshowsPrec :: Show vertex => Int# -> SCC vertex -> ShowS
zz_zdwzdcshowsPrec d s = showsPrec (I# d) s

-- The depth-first search GHC's -O1 code inlines (containers' `$wdfs`, at
-- a high unfolding threshold) builds each root's infinite tree with
-- `components_$s$wgenerate` (the vertex, the bounds, an absent size, the
-- adjacency array) and prunes the forest, in preorder, with
-- `components_$schop` against a bit set it allocated (n bits, zeroed;
-- only chop reads and writes it, so the bit order is ours); a vertex out
-- of the bounds is Ix's index error. `components1` is the negative-size
-- error of a bit set of more than maxBound vertices.
zz_components1 :: Int
zz_components1 = errorWithoutStackTrace "Negative range size"

zz_componentszuzdszdwgenerate :: Int -> Int# -> Int# -> Int# -> Array# [Int] -> (# Vertex, [Tree Vertex] #)
zz_componentszuzdszdwgenerate v l u _ arr = (# v, map gen (g ! v) #)
  where
    g = mkGraph l u arr
    gen w = case zz_componentszuzdszdwgenerate w l u 0# arr of (# x, ts #) -> Node x ts

zz_componentszuzdschop
  :: State# RealWorld -> Int# -> Int# -> Int# -> MutableByteArray# RealWorld -> [Tree Int]
  -> (# State# RealWorld, [Tree Vertex] #)
zz_componentszuzdschop s0 l u _ bits ts0 = case chop ts0 of IO run -> run s0
  where
    chop [] = pure []
    chop (Node v@(I# v#) cs : rest)
      | isTrue# (v# <# l) || isTrue# (v# ># u) = indexError (I# l, I# u) v "Int"
      | otherwise = do
          seen <- visit (v# -# l)
          if seen
            then chop rest
            else do
              cs' <- chop cs
              rest' <- chop rest
              pure (Node v cs' : rest')
    -- whether bit i was set, setting it
    visit i = IO (\s -> case readWord8Array# bits (uncheckedIShiftRA# i 3#) s of
      (# s1, w #) -> case bit (I# (andI# i 7#)) of
        m
          | W# w .&. m /= 0 -> (# s1, True #)
          | otherwise -> case W# w .|. m of
              W# w' -> case writeWord8Array# bits (uncheckedIShiftRA# i 3#) w' s1 of
                s2 -> (# s2, False #))

-- NFData (deepseq) of strongly connected components.
instance NFData a => NFData (SCC a) where
  rnf (AcyclicSCC v) = rnf v
  rnf (CyclicSCC vs) = rnf vs
